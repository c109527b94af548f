package nestmmu.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nestmmu.io.AtomicFiles;
import nestmmu.io.BadInputException;

/**
 * One invocation of a sweep: settle the plan in the output directory, run the shards that have no
 * results yet on the backend, merge everything into {@code summary.json}. Used by the sweep
 * command, the bench and the tests alike.
 */
public final class SweepRun {
    private SweepRun() {}

    /** What happened: the merged summary and how many shards this run started (the rest were already done). */
    public record Outcome(SweepSummary summary, int shardsRun, int shardsSkipped) {}

    /**
     * @param shardsGiven whether the user chose the shard count; if not, a stored plan keeps its own
     * @param terminal    whether stderr is a terminal (a live bar) or not (plain lines)
     */
    public static Outcome run(SweepPlan requested, boolean shardsGiven, SweepDirectory dir, Backend backend,
                              PrintStream log, boolean terminal) throws InterruptedException {
        AtomicFiles.ensureDirectory(dir.root());
        try (FileChannel channel = FileChannel.open(dir.root().resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new BadInputException("--out " + dir.root() + ": another sweep is running there");
            }
            return runLocked(requested, shardsGiven, dir, backend, log, terminal);
        } catch (IOException e) {
            throw new BadInputException("--out " + dir.root() + ": cannot lock: " + e.getMessage(), e);
        }
    }

    /** The lock, or null when another process or thread of this JVM holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static Outcome runLocked(SweepPlan requested, boolean shardsGiven, SweepDirectory dir, Backend backend,
                                     PrintStream log, boolean terminal) throws InterruptedException {
        SweepPlan plan = dir.prepare(requested, shardsGiven);
        List<Integer> pending = dir.pendingShards(plan);
        int skipped = plan.shards() - pending.size();
        long itemsDone = 0;
        for (int s = 0; s < plan.shards(); s++) {
            if (!pending.contains(s)) itemsDone += plan.itemsOf(s).size();
        }
        log.printf("sweep: %d items in %d shards on %s%s%n", plan.items().size(), plan.shards(), backend.name(),
                skipped == 0 ? "" : "; " + skipped + " shard(s) already done, " + pending.size() + " to run");
        Map<Integer, String> shardFailures = Map.of();
        if (!pending.isEmpty()) {
            try (Progress progress = Progress.start(log, terminal, plan.items().size(), itemsDone, plan.shards(), skipped)) {
                shardFailures = backend.run(plan, dir, pending, progress);
            }
        }
        Map<Integer, ShardResult> finished = new TreeMap<>();
        for (int s = 0; s < plan.shards(); s++) {
            dir.finished(plan, s).ifPresent(r -> finished.put(r.shard(), r));
        }
        SweepSummary summary = SweepSummary.merge(plan, finished, shardFailures);
        AtomicFiles.writeString(dir.summaryFile(), summary.toJson());
        return new Outcome(summary, pending.size(), skipped);
    }
}
