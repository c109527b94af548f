package nestmmu.sweep;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import nestmmu.bench.Bench;
import nestmmu.bench.BenchContext;
import nestmmu.bench.Figure;
import nestmmu.bench.Measure;

/**
 * Bench "sweep": translations per second of a model-engine sweep run by the local backend with
 * one job and with two, the same plan each time (so the same shards and JVM start-ups), and the
 * ratio {@code sweepSpeedup2Cores}. Each measured iteration is one whole sweep into a fresh directory.
 * A lone shard JVM already keeps part of the second core busy with JIT compilation and GC while it
 * starts, so the speedup stays below 2 even on an idle machine, and far below with short items: each
 * item here runs 5 M accesses, so start-up is a small part of a shard, as in a real regression.
 */
public final class SweepBench implements Bench {

    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        int accesses = ctx.quick() ? 2_000 : 5_000_000;
        Path configs = ctx.root().resolve("rtl/configs");
        SweepPlan plan = SweepPlan.crossProduct(
                List.of(configs.resolve("default.json").toString(), configs.resolve("small.json").toString()),
                List.of("native", "shadow", "nested"),
                List.of("synthetic:random,pages=512,accesses=" + accesses), 2, "model", SimulateRunner.NAME,
                ctx.root(), 4);
        return measure(plan, ctx);
    }

    /**
     * The three figures for {@code plan}. The machine may be shared, so the one-job and two-job
     * sweeps alternate round by round (ABBA order) and the speedup is the mean of each round's
     * ratio: a change in the background load then hits both sides of a ratio alike.
     */
    static List<Figure> measure(SweepPlan plan, BenchContext ctx) {
        int rounds = ctx.quick() ? 1 : 3;
        LocalBackend oneJob = new LocalBackend(1, ShardLauncher.ofThisJvm());
        LocalBackend twoJobs = new LocalBackend(2, ShardLauncher.ofThisJvm());
        double[] one = new double[rounds];
        double[] two = new double[rounds];
        double[] speedup = new double[rounds];
        AtomicInteger run = new AtomicInteger();
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 0) {
                one[r] = throughput(plan, oneJob, run, ctx);
                two[r] = throughput(plan, twoJobs, run, ctx);
            } else {
                two[r] = throughput(plan, twoJobs, run, ctx);
                one[r] = throughput(plan, oneJob, run, ctx);
            }
            speedup[r] = two[r] / one[r];
        }
        ctx.log().printf("bench sweep: load average %.2f over the last minute (other work on the machine skews the speedup)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return List.of(
                Figure.rate("sweepThroughput1Core", Measure.summarize(one), "translations/s"),
                Figure.rate("sweepThroughput2Cores", Measure.summarize(two), "translations/s"),
                Figure.rate("sweepSpeedup2Cores", Measure.summarize(speedup), "x"));
    }

    /** Translations per second of one whole sweep of {@code plan} into a fresh directory. */
    private static double throughput(SweepPlan plan, LocalBackend backend, AtomicInteger run, BenchContext ctx) {
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        return Measure.iteration(() -> {
            SweepDirectory dir = new SweepDirectory(ctx.scratch().resolve("sweep-" + backend.jobs() + "-" + run.incrementAndGet()));
            SweepSummary summary;
            try {
                summary = SweepRun.run(plan, true, dir, backend, quiet, false).summary();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("bench sweep interrupted", e);
            }
            if (!summary.failures().isEmpty()) {
                ItemResult f = summary.failures().get(0);
                throw new IllegalStateException("bench sweep: item failed: " + f.item().describe() + ": " + f.error());
            }
            ctx.log().printf("bench sweep: %d job(s), %d translations%n", backend.jobs(), summary.translations());
            return summary.translations();
        }, 1);
    }
}
