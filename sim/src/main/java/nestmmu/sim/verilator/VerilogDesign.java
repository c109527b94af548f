package nestmmu.sim.verilator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import nestmmu.io.BadInputException;

/**
 * A design as plain data: the top module's name and its source files, name to text, in order.
 * Generated RTL, handwritten RTL and yosys netlists all come this way. Files ending in
 * {@code .v}, {@code .sv} or {@code .vlt} are given to Verilator; others (e.g. {@code .vh}) are
 * only there to be {@code `include}d. Names may contain folders but must stay relative.
 */
public record VerilogDesign(String top, Map<String, String> sources) {

    public VerilogDesign {
        if (top == null || !top.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
            throw new BadInputException("design top: '" + top + "' is not a Verilog module name");
        }
        if (sources.isEmpty()) throw new BadInputException("design " + top + ": no source files");
        for (String name : sources.keySet()) {
            Path p = Path.of(name).normalize();
            if (p.isAbsolute() || p.startsWith("..") || name.isBlank()) {
                throw new BadInputException("design " + top + ": source name '" + name + "' must be a relative path");
            }
        }
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    public static VerilogDesign of(String top, Map<String, String> sources) {
        return new VerilogDesign(top, sources);
    }

    /** Reads the files now, so the design is a value: later edits on disk do not change it. */
    public static VerilogDesign fromFiles(String top, Path... files) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path f : files) {
            try {
                put(sources, f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8), top);
            } catch (IOException e) {
                throw new BadInputException("cannot read Verilog source " + f + ": " + e.getMessage(), e);
            }
        }
        return new VerilogDesign(top, sources);
    }

    /** Sources from the class path, e.g. {@code "nestmmu/sim/verilator/fixtures/cam4.v"}. */
    public static VerilogDesign fromClasspath(String top, String... resources) {
        Map<String, String> sources = new LinkedHashMap<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        for (String r : resources) {
            InputStream found = context == null ? null : context.getResourceAsStream(r);
            try (InputStream in = found != null ? found : VerilogDesign.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) throw new BadInputException("no class-path resource " + r);
                put(sources, Path.of(r).getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8), top);
            } catch (IOException e) {
                throw new BadInputException("cannot read class-path resource " + r + ": " + e.getMessage(), e);
            }
        }
        return new VerilogDesign(top, sources);
    }

    /** Sources are named by file name alone, so two files of one name would silently become one. */
    private static void put(Map<String, String> sources, String name, String text, String top) {
        if (sources.putIfAbsent(name, text) != null) {
            throw new BadInputException("design " + top + ": two source files are named " + name);
        }
    }

    /** Is this file given to Verilator (rather than only included)? */
    static boolean compiled(String name) {
        return name.endsWith(".v") || name.endsWith(".sv") || name.endsWith(".vlt");
    }
}
