package nestmmu.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nestmmu.io.AtomicFiles;
import nestmmu.io.BadInputException;

/**
 * The layout of a sweep's output directory, which is also its state for resuming:
 * <pre>
 * DIR/plan.json              the plan; a re-run must ask for the same one
 * DIR/shards/shard-NNNN.json one per finished shard, written atomically by the shard itself
 * DIR/logs/shard-NNNN.log    the shard process's stderr (local) or Slurm output
 * DIR/slurm/                 the batch script and submission record (slurm backend)
 * DIR/summary.json           the merged result
 * </pre>
 */
public record SweepDirectory(Path root) {

    public SweepDirectory {
        root = root.toAbsolutePath().normalize();
    }

    public Path planFile() { return root.resolve("plan.json"); }

    public Path summaryFile() { return root.resolve("summary.json"); }

    public Path shardsDir() { return root.resolve("shards"); }

    public Path logsDir() { return root.resolve("logs"); }

    public Path slurmDir() { return root.resolve("slurm"); }

    public Path shardFile(int shard) {
        return shardsDir().resolve(String.format(Locale.ROOT, "shard-%04d.json", shard));
    }

    public Path logFile(int shard) {
        return logsDir().resolve(String.format(Locale.ROOT, "shard-%04d.log", shard));
    }

    /**
     * Makes the directory hold {@code requested}, or finds it already does and returns the plan
     * stored there. When {@code shardsGiven} is false the stored shard count is kept, so a re-run
     * on a machine with another core count still resumes. A different plan is bad input: results
     * of two sweeps are never mixed.
     */
    public SweepPlan prepare(SweepPlan requested, boolean shardsGiven) {
        AtomicFiles.ensureDirectory(root);
        if (Files.exists(planFile())) {
            SweepPlan stored = SweepPlan.read(planFile());
            SweepPlan compared = shardsGiven ? requested : requested.withShards(stored.shards());
            String difference = stored.differenceFrom(compared);
            if (difference != null) {
                throw new BadInputException("--out " + root + ": holds a different sweep (" + difference
                        + "); use another --out or delete it");
            }
            return stored;
        }
        AtomicFiles.writeString(planFile(), requested.toJson());
        return requested;
    }

    /** The shard's results when it finished for this plan; empty when it has not (or left something unreadable). */
    public Optional<ShardResult> finished(SweepPlan plan, int shard) {
        Path f = shardFile(shard);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            return Optional.of(ShardResult.read(f, plan, shard));
        } catch (BadInputException e) {
            return Optional.empty();
        }
    }

    /** Shards with no valid result file, in order. */
    public List<Integer> pendingShards(SweepPlan plan) {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < plan.shards(); s++) {
            if (finished(plan, s).isEmpty()) out.add(s);
        }
        return out;
    }
}
