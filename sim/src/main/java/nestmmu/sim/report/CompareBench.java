package nestmmu.sim.report;

import java.io.IOException;
import java.util.List;

import nestmmu.arch.Mode;
import nestmmu.bench.Bench;
import nestmmu.bench.BenchContext;
import nestmmu.bench.Figure;
import nestmmu.bench.Measure;
import nestmmu.config.MmuConfig;
import nestmmu.sim.model.ModelEngine;
import nestmmu.sim.model.RunOptions;
import nestmmu.sim.model.SimulationResult;
import nestmmu.sim.workload.BundledTrace;
import nestmmu.sim.workload.Workload;

/**
 * {@code ./mmu bench --only compare}: how fast a recorded program runs through the golden model.
 * <ul>
 *   <li>{@code modelTraceAccessesPerSec}: workload accesses per second of one run
 *       ({@code ./mmu simulate --engine model --mode nested}, 4K/4K, default config) over the
 *       bundled lackey trace, read from its gzip file — inflating and parsing included, as a user
 *       runs it;</li>
 *   <li>{@code compareTraceSetupAccessesPerSec}: accesses times setups per second of a whole
 *       comparison (26 setups) over the same trace, on every core: what the shared read and the
 *       threads of {@link FanOut} buy against {@code modelTraceAccessesPerSec}.</li>
 * </ul>
 * A quick run uses the first 2 MB of the trace instead of all of it.
 */
public final class CompareBench implements Bench {
    private static final int QUICK_BYTES = 2 << 20;

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws IOException {
        Workload trace = ctx.quick() ? BundledTrace.prefixWorkload(QUICK_BYTES) : BundledTrace.workload();
        MmuConfig config = MmuConfig.defaults();
        ctx.log().println("compare: the golden model over " + trace.spec() + ", nested 4K/4K");
        Figure one = Figure.rate("modelTraceAccessesPerSec", Measure.rate(ctx.settings(), () -> {
            SimulationResult r = new ModelEngine().run(config, RunOptions.of(Mode.NESTED), trace);
            Measure.consume(r.cycles());
            return r.accesses();
        }), "accesses/s");

        // a whole comparison takes seconds: one warm-up and four measured runs give an error figure
        Measure.Settings few = ctx.quick() ? ctx.settings() : new Measure.Settings(1, 4, 0);
        ComparisonOptions options = ComparisonOptions.defaults();
        ctx.log().println("compare: a whole comparison over " + trace.spec() + " on " + options.threads() + " threads");
        Figure all = Figure.rate("compareTraceSetupAccessesPerSec", Measure.rate(few, () -> {
            Comparison c = ComparisonRunner.run(trace, config, options);
            Measure.consume(c.rows().get(0).totalCycles());
            return c.rows().get(0).accesses() * c.rows().size();
        }), "setup-accesses/s");
        return List.of(one, all);
    }
}
