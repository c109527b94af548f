package nestmmu.formal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nestmmu.config.MmuConfig;
import nestmmu.io.BadInputException;
import nestmmu.io.Json;
import nestmmu.io.ProjectRoot;
import nestmmu.mmu.formal.MmuProperties.Property;
import nestmmu.sim.report.OutputDirectory;
import nestmmu.mmu.formal.MmuProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./mmu prove --config small [--json]}: the MMU's safety properties proved on the generated
 * RTL of a config with yosys-smtbmc and z3 ({@link MmuProperties}, {@link Prover}).
 */
@Command(name = "prove", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prove the MMU's safety properties on the generated RTL of a config with yosys-smtbmc and z3:",
                "(a) tlb-isolation, (b) tlb-flush, (c) walker-bound, (d) walker-writes. Each is 'proven' (k-induction and",
                "its base case), 'bmc-pass' (no counterexample within the depth, induction did not close) or 'fail'",
                "(a counterexample VCD is written). Exit 1 if any fails."})
public final class ProveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "NAME|FILE",
            description = "A config file, or the name of one in rtl/configs (small, default, large).")
    String config;

    @Option(names = "--property", split = ",", paramLabel = "NAME",
            description = "Only these properties (default: all): tlb-isolation, tlb-flush, walker-bound, walker-writes.")
    List<String> properties;

    @Option(names = "--depth", defaultValue = "12", paramLabel = "N",
            description = "Cycles from reset of the bounded check (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--max-induction", defaultValue = "8", paramLabel = "K",
            description = "Deepest k-induction tried: 1, 2, 4, ... up to K (default: ${DEFAULT-VALUE}).")
    int maxInduction;

    @Option(names = "--jobs", paramLabel = "N", description = "Properties proved at once (default: one per core).")
    Integer jobs;

    @Option(names = "--out", paramLabel = "DIR", description = "Work directory (default: out/prove/CONFIG).")
    Path out;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
        Path root = ProjectRoot.path();
        if (depth < 1 || depth > 500) throw new BadInputException("--depth: must be between 1 and 500, got " + depth);
        if (maxInduction < 1 || maxInduction > 64) {
            throw new BadInputException("--max-induction: must be between 1 and 64, got " + maxInduction);
        }
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1 || n > 256) throw new BadInputException("--jobs: must be between 1 and 256, got " + n);
        MmuConfig cfg = MmuConfig.load(configFile(root, config));
        List<Property> all = MmuProperties.of(cfg);
        List<String> known = all.stream().map(Property::name).toList();
        if (properties != null) {
            for (String p : properties) {
                if (!known.contains(p)) {
                    throw new BadInputException("--property: unknown property '" + p + "' (known: " + String.join(", ", known) + ")");
                }
            }
        }
        Path dir = (out != null ? out : root.resolve("out").resolve("prove").resolve(cfg.name())).toAbsolutePath().normalize();
        OutputDirectory.check("--out", dir);

        List<Property> chosen = all.stream().filter(p -> properties == null || properties.contains(p.name())).toList();
        PrintWriter err = spec.commandLine().getErr();
        Prover prover = new Prover(depth, maxInduction);
        List<Prover.Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, chosen.size()));
        try {
            List<Future<Prover.Outcome>> futures = new ArrayList<>();
            for (Property p : chosen) {
                futures.add(pool.submit(() -> {
                    Prover.Outcome o = prover.prove(p, dir.resolve(p.name()));
                    synchronized (err) {
                        err.printf(Locale.ROOT, "prove: %s (%s) %s, depth %d, %.1f s%n", o.name(), o.letter(), o.status(),
                                o.depth(), o.seconds());
                        err.flush();
                    }
                    return o;
                }));
            }
            for (Future<Prover.Outcome> f : futures) outcomes.add(f.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }

        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("config", cfg.name());
            List<Map<String, Object>> list = new ArrayList<>();
            for (Prover.Outcome o : outcomes) list.add(o.toMap());
            m.put("properties", list);
            stdout.print(Json.write(m));
        } else {
            stdout.println("properties of the " + cfg.name() + " config (yosys-smtbmc, z3):");
            for (Prover.Outcome o : outcomes) {
                stdout.printf(Locale.ROOT, "  (%s) %-14s %-9s depth %-3d %6.1f s  %s%n", o.letter(), o.name(), o.status(),
                        o.depth(), o.seconds(), o.failed() ? "counterexample: " + o.counterexample() : o.description());
            }
            stdout.println("work files: " + dir);
        }
        stdout.flush();
        return outcomes.stream().anyMatch(Prover.Outcome::failed) ? 1 : 0;
    }

    /** A name without a path or extension is a config in {@code rtl/configs}. */
    static Path configFile(Path root, String config) {
        if (config.isBlank()) throw new BadInputException("--config: empty");
        boolean name = config.matches("[A-Za-z0-9_-]+");
        return name ? ProjectRoot.config(root, config) : Path.of(config);
    }
}
