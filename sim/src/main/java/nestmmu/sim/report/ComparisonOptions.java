package nestmmu.sim.report;

import java.util.Objects;

import nestmmu.sim.model.ExitCosts;
import nestmmu.sim.timing.TimingModel;

/**
 * How a comparison runs besides the workload and the MMU: the memory latency of a page-table
 * reference, the shadow VMM's exit costs, the seed of a synthetic workload without one, and how
 * many threads may run setups at once (the output does not depend on it).
 */
public record ComparisonOptions(int memLatency, ExitCosts exitCosts, long seed, int threads) {
    public ComparisonOptions {
        Objects.requireNonNull(exitCosts, "exitCosts");
        if (memLatency < 1) throw new IllegalArgumentException("memLatency must be at least 1, got " + memLatency);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }

    /** Memory latency 20, the default exit costs, seed 1, one thread per core. */
    public static ComparisonOptions defaults() {
        return new ComparisonOptions(TimingModel.DEFAULT_MEM_LATENCY, ExitCosts.defaults(), 1,
                Runtime.getRuntime().availableProcessors());
    }

    public ComparisonOptions withThreads(int n) {
        return new ComparisonOptions(memLatency, exitCosts, seed, n);
    }

    public ComparisonOptions withMemLatency(int latency) {
        return new ComparisonOptions(latency, exitCosts, seed, threads);
    }

    public ComparisonOptions withExitCosts(ExitCosts costs) {
        return new ComparisonOptions(memLatency, costs, seed, threads);
    }

    public ComparisonOptions withSeed(long s) {
        return new ComparisonOptions(memLatency, exitCosts, s, threads);
    }
}
