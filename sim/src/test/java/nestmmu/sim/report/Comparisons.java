package nestmmu.sim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

import nestmmu.config.MmuConfig;
import nestmmu.sim.model.ExitCosts;
import nestmmu.sim.model.VmExitReason;
import nestmmu.sim.workload.Workloads;

/** Small comparisons for the tests, each run once per JVM; and comparisons made up row by row. */
final class Comparisons {
    /** Page-table churn: mmap, munmap, mprotect, exec. */
    static final String PTUPDATE = "synthetic:ptupdate,accesses=4000";
    /** 16 processes switching every 100 accesses. */
    static final String CTXSWITCH = "synthetic:ctxswitch,accesses=10000";
    /** 128 pages touched at random, about 300 times each: stable tables, TLB misses on most accesses. */
    static final String RANDOM = "synthetic:random,pages=128,accesses=40000";

    private static final Map<String, Comparison> CACHE = new ConcurrentHashMap<>();

    private Comparisons() {}

    /**
     * The golden model's comparison on {@code spec} with the default config. The synthetic
     * workload's seed is 1, or {@code -Dnestmmu.seed=N}: the findings must hold for any seed.
     */
    static Comparison of(String spec) {
        return CACHE.computeIfAbsent(spec, s -> {
            System.out.println("comparison on " + s + ": seed " + seed() + " (re-run with -Dnestmmu.seed=" + seed() + ")");
            return ComparisonRunner.run(workload(s), MmuConfig.defaults(), options());
        });
    }

    static long seed() {
        return nestmmu.sim.Seeds.seeds(1, 1).get(0);
    }

    static nestmmu.sim.workload.Workload workload(String spec) {
        return Workloads.parse(spec, seed());
    }

    static ComparisonOptions options() {
        return ComparisonOptions.defaults().withSeed(seed());
    }

    /**
     * A comparison made up from a cycle count per setup (everything else follows from it), for
     * testing what the findings conclude from given numbers.
     */
    static Comparison madeUp(String workload, long accesses, ToLongFunction<RunSetup> totalCycles) {
        List<RunSetup> plan = ComparisonPlan.of(MmuConfig.defaults());
        Map<RunSetup, Long> cycles = new LinkedHashMap<>();
        for (RunSetup s : plan) cycles.put(s, totalCycles.applyAsLong(s));
        List<ComparisonRow> rows = new ArrayList<>();
        for (RunSetup s : plan) {
            long total = cycles.get(s);
            long vmm = s.mode() == nestmmu.arch.Mode.SHADOW ? total / 2 : 0;
            long walks = accesses / 10;
            double overhead = s.mode() == nestmmu.arch.Mode.NATIVE ? 0
                    : (double) total / cycles.get(s.nativeBaseline()) - 1;
            Map<String, Long> exits = new LinkedHashMap<>();
            for (VmExitReason r : VmExitReason.values()) exits.put(r.label(), 0L);
            if (vmm > 0) exits.put(VmExitReason.PT_WRITE.label(), vmm / 1000);
            rows.add(new ComparisonRow(s, accesses, 0.1, walks, 4.0, total - vmm - accesses, vmm / 1000, vmm, total,
                    (double) total / accesses, overhead, accesses, walks * 4, 0, exits));
        }
        return new Comparison(workload, "default", "model", 20, 1, ExitCosts.defaults(), rows);
    }
}
