package nestmmu.sweep;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import nestmmu.bench.Bench;
import nestmmu.bench.BenchContext;
import nestmmu.bench.Figure;
import nestmmu.bench.Measure;
import nestmmu.cli.Main;

/**
 * Bench "sweep": translations per second of a model-engine sweep run by the local backend with
 * one job and with two, the same plan each time (so the same shards and JVM start-ups), and the
 * ratio {@code sweepSpeedup2Cores}. Each measured iteration is one whole sweep into a fresh directory.
 */
public final class SweepBench implements Bench {

    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        if (!Main.commandLine().getSubcommands().containsKey(SimulateRunner.NAME)) {
            ctx.log().println("bench sweep: this build has no simulate command, so there is nothing to sweep");
            return List.of(Figure.of("sweepSpeedup2Cores", Double.NaN, "x"));
        }
        int accesses = ctx.quick() ? 2_000 : 200_000;
        Path configs = ctx.root().resolve("rtl/configs");
        SweepPlan plan = SweepPlan.crossProduct(
                List.of(configs.resolve("default.json").toString(), configs.resolve("small.json").toString()),
                List.of("native", "shadow", "nested"),
                List.of("synthetic:random,pages=512,accesses=" + accesses), 2, "model", SimulateRunner.NAME,
                ctx.root(), 4);
        return measure(plan, ctx);
    }

    /** The three figures for {@code plan}, run with one job and then two. */
    static List<Figure> measure(SweepPlan plan, BenchContext ctx) {
        Measure.Settings settings = ctx.quick() ? new Measure.Settings(0, 1, 1) : new Measure.Settings(0, 3, 1);
        Measure.Rate one = throughput(plan, 1, settings, ctx);
        Measure.Rate two = throughput(plan, 2, settings, ctx);
        double speedup = two.mean() / one.mean();
        double error = speedup * Math.hypot(one.error() / one.mean(), two.error() / two.mean());
        return List.of(
                Figure.rate("sweepThroughput1Core", one, "translations/s"),
                Figure.rate("sweepThroughput2Cores", two, "translations/s"),
                new Figure("sweepSpeedup2Cores", speedup, error, "x", "", null));
    }

    private static Measure.Rate throughput(SweepPlan plan, int jobs, Measure.Settings settings, BenchContext ctx) {
        AtomicInteger run = new AtomicInteger();
        LocalBackend backend = new LocalBackend(jobs, ShardLauncher.ofThisJvm());
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        return Measure.rate(settings, () -> {
            SweepDirectory dir = new SweepDirectory(ctx.scratch().resolve("sweep-" + jobs + "-" + run.incrementAndGet()));
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
            ctx.log().printf("bench sweep: %d job(s), %d translations%n", jobs, summary.translations());
            return summary.translations();
        });
    }
}
