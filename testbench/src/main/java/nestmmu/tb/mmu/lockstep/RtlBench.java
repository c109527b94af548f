package nestmmu.tb.mmu.lockstep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nestmmu.arch.Mode;
import nestmmu.bench.Bench;
import nestmmu.bench.BenchContext;
import nestmmu.bench.Figure;
import nestmmu.bench.Measure;
import nestmmu.config.MmuConfig;
import nestmmu.sim.model.RunOptions;
import nestmmu.sim.workload.Workloads;

/**
 * Bench "rtl", every figure measured on the generated RTL in Verilator, in lockstep with the model
 * (a figure counts only when the two agreed: otherwise the bench fails):
 * <ul>
 *   <li>{@code avgRefsPerNestedWalk}: memory references per walk on the RTL's memory port
 *       (reads and A/D writes) for {@code synthetic:random,pages=4096,accesses=200000} in nested
 *       mode on the default config, page-walk cache and nested TLB on (goal ≤ 6);</li>
 *   <li>{@code avgRefsPerNestedWalkNoCaches}: the same MMU generated without its walk caches
 *       (24 for 4K/4K walks), on the first 20,000 accesses;</li>
 *   <li>{@code rtlTranslationsPerSec}: lockstep translations per second (RTL and model; the model
 *       costs a few per cent) on that workload, memory latency 1.</li>
 * </ul>
 * References do not depend on the memory latency, so the runs use latency 1 to save time.
 */
public final class RtlBench implements Bench {
    static final String WORKLOAD = "synthetic:random,pages=4096,accesses=200000";
    static final String NO_CACHES_WORKLOAD = "synthetic:random,pages=4096,accesses=20000";

    @Override
    public String name() {
        return "rtl";
    }

    @Override
    public List<Figure> run(BenchContext context) {
        MmuConfig config = MmuConfig.load(context.root().resolve(Path.of("rtl", "configs", "default.json")));
        RunOptions nested = RunOptions.of(Mode.NESTED).withMemLatency(1);
        String cached = context.quick() ? "synthetic:random,pages=4096,accesses=3000" : WORKLOAD;
        String uncached = context.quick() ? "synthetic:random,pages=4096,accesses=500" : NO_CACHES_WORKLOAD;
        List<Figure> figures = new ArrayList<>();
        context.log().println("rtl: " + cached + " nested on " + config.name());
        LockstepReport withCaches = passing(LockstepRun.run(config, nested, Workloads.parse(cached), plain()));
        figures.add(Figure.of("avgRefsPerNestedWalk", round(withCaches.rtlReferencesPerWalk()), "refs/walk (RTL)").atMost(6));
        context.log().println("rtl: " + uncached + " nested on " + config.name() + " without walk caches");
        LockstepReport without = passing(LockstepRun.run(config.withoutWalkCaches(), nested, Workloads.parse(uncached), plain()));
        figures.add(Figure.of("avgRefsPerNestedWalkNoCaches", round(without.rtlReferencesPerWalk()), "refs/walk (RTL)"));

        String timed = context.quick() ? "synthetic:random,pages=4096,accesses=1000" : "synthetic:random,pages=4096,accesses=20000";
        Measure.Settings s = context.settings();
        double[] samples = new double[Math.max(1, s.measuredIterations())];
        for (int i = 0; i < s.warmupIterations() + samples.length; i++) {
            long start = System.nanoTime();
            LockstepReport r = passing(LockstepRun.run(config, nested, Workloads.parse(timed), plain()));
            double rate = r.translations() / ((System.nanoTime() - start) / 1e9);
            if (i >= s.warmupIterations()) samples[i - s.warmupIterations()] = rate;
        }
        figures.add(Figure.rate("rtlTranslationsPerSec", Measure.summarize(samples), "translations/s (RTL + model, nested, latency 1)"));
        return figures;
    }

    private static RtlRunOptions plain() {
        return new RtlRunOptions(1, false, false, null);
    }

    private static LockstepReport passing(LockstepRun.Result r) {
        if (!r.lockstep().passed()) {
            throw new IllegalStateException("RTL and model disagree, so no figure: " + r.lockstep().firstMismatch());
        }
        return r.lockstep();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
