package nestmmu.fpga.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import nestmmu.io.BadInputException;

/**
 * What a flow synthesizes: the top module's name, its Verilog sources, parameter overrides
 * (applied by yosys {@code chparam} before elaboration) and the modules that keep their own
 * hierarchy through synthesis (so that {@code stat} counts them separately). Immutable; the
 * {@code with...} methods return a changed copy.
 */
public record Design(String top, List<VerilogSource> sources, List<ParameterOverride> parameters,
                     Set<String> keptModules) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /** {@code module.name = value}; an integer, as every parameter of the generated RTL is. */
    public record ParameterOverride(String module, String name, long value) {
        public ParameterOverride {
            requireIdentifier("module", module);
            requireIdentifier("parameter", name);
        }
    }

    public Design {
        requireIdentifier("top module", top);
        if (sources.isEmpty()) throw new BadInputException("design " + top + ": no Verilog sources");
        sources = List.copyOf(sources);
        parameters = List.copyOf(parameters);
        for (String m : keptModules) requireIdentifier("module", m);
        // sorted, so that the scripts written from it are the same on every run
        keptModules = Collections.unmodifiableSortedSet(new TreeSet<>(keptModules));
    }

    public static Design of(String top, List<VerilogSource> sources) {
        return new Design(top, sources, List.of(), Set.of());
    }

    public static Design of(String top, VerilogSource... sources) {
        return of(top, List.of(sources));
    }

    public static Design ofFiles(String top, List<Path> files) {
        return of(top, files.stream().map(VerilogSource::file).toList());
    }

    /** Overrides a parameter of the top module. */
    public Design withParameter(String name, long value) {
        return withParameter(top, name, value);
    }

    public Design withParameter(String module, String name, long value) {
        List<ParameterOverride> ps = new ArrayList<>(parameters);
        ps.removeIf(p -> p.module().equals(module) && p.name().equals(name));
        ps.add(new ParameterOverride(module, name, value));
        return new Design(top, sources, ps, keptModules);
    }

    public Design withSource(VerilogSource source) {
        List<VerilogSource> s = new ArrayList<>(sources);
        s.add(source);
        return new Design(top, s, parameters, keptModules);
    }

    /** The same sources and parameters with another top (e.g. a wrapper around this design's top). */
    public Design withTop(String newTop) {
        return new Design(newTop, sources, parameters, keptModules);
    }

    /** Synthesize {@code module} as its own boundary: not flattened, counted on its own by {@code stat}. */
    public Design keepingHierarchyOf(String module) {
        Set<String> kept = new LinkedHashSet<>(keptModules);
        kept.add(module);
        return new Design(top, sources, parameters, kept);
    }

    static void requireIdentifier(String what, String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new BadInputException(what + " name '" + name + "': not a Verilog identifier");
        }
    }
}
