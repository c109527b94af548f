package nestmmu.sweep;

import java.util.List;
import java.util.Map;

/**
 * Where a sweep's shards run. A backend starts each given shard as a {@code sweep-shard} process
 * and returns when all have ended; the shards write their own result files into the sweep
 * directory. It never throws for a failing shard: the caller finds the result file missing.
 */
public interface Backend {
    /** "local" or "slurm". */
    String name();

    /**
     * Runs {@code shards} of {@code plan}, reporting to {@code progress}.
     *
     * @return for each shard that ended without writing its results, why (exit code, Slurm state)
     */
    Map<Integer, String> run(SweepPlan plan, SweepDirectory dir, List<Integer> shards, Progress progress)
            throws InterruptedException;
}
