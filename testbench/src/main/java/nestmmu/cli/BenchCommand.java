package nestmmu.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import nestmmu.bench.Bench;
import nestmmu.bench.BenchContext;
import nestmmu.bench.Figure;
import nestmmu.io.BadInputException;
import nestmmu.io.Json;
import nestmmu.io.ProjectRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./mmu bench [--json] [--only G,...] [--quick]}: every module's benchmarks, one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the project's figures (model speed, bridge speed, RTL speed, ...).")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--only", split = ",", paramLabel = "GROUP",
            description = "Run only these bench groups (default: all).")
    List<String> only;

    @Option(names = "--quick", description = "Short iterations: for checking that every figure is produced, not for numbers.")
    boolean quick;

    @Override
    public Integer call() throws Exception {
        List<Bench> benches = new ArrayList<>();
        ServiceLoader.load(Bench.class).forEach(benches::add);
        benches.sort(Comparator.comparing(Bench::name));
        Set<String> known = new TreeSet<>();
        benches.forEach(b -> known.add(b.name()));
        if (only != null) {
            for (String g : only) {
                if (!known.contains(g)) {
                    throw new BadInputException("--only: unknown bench group '" + g + "' (known: "
                            + String.join(", ", known) + ")");
                }
            }
            benches.removeIf(b -> !only.contains(b.name()));
        }
        Path root = ProjectRoot.path();
        Path scratch = Files.createTempDirectory("nestmmu-bench");
        PrintStream log = System.err;
        List<Figure> figures = new ArrayList<>();
        BenchContext ctx = new BenchContext(root, scratch, log, quick);
        for (Bench b : benches) {
            log.println("bench: " + b.name() + " ...");
            figures.addAll(b.run(ctx));
        }
        nestmmu.io.AtomicFiles.deleteTree(scratch);
        System.out.print(json ? toJson(figures) : toTable(figures));
        return Main.EXIT_OK;
    }

    static String toJson(List<Figure> figures) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> details = new LinkedHashMap<>();
        for (Figure f : figures) {
            out.put(f.name(), number(f.value()));
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("unit", f.unit());
            d.put("error", Double.isNaN(f.error()) ? null : number(f.error()));
            d.put("goal", f.goal().isEmpty() ? null : f.goal());
            d.put("met", f.met());
            details.put(f.name(), d);
        }
        out.put("details", details);
        return Json.write(out);
    }

    static String toTable(List<Figure> figures) {
        StringBuilder b = new StringBuilder();
        int w = figures.stream().mapToInt(f -> f.name().length()).max().orElse(10);
        for (Figure f : figures) {
            String err = Double.isNaN(f.error()) ? "" : " ± " + format(f.error());
            String goal = f.goal().isEmpty() ? "" : "   goal " + f.goal() + (Boolean.TRUE.equals(f.met()) ? " (met)" : " (NOT met)");
            b.append(String.format(Locale.ROOT, "%-" + w + "s  %s%s %s%s%n", f.name(), format(f.value()), err, f.unit(), goal));
        }
        return b.toString();
    }

    private static Object number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return null;
        if (Math.abs(v) >= 1000) return Math.round(v);
        return Math.round(v * 10000) / 10000.0;
    }

    private static String format(double v) {
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,d", Math.round(v))
                : String.format(Locale.ROOT, "%.4g", v);
    }

}
