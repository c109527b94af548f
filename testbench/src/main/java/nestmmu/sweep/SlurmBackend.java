package nestmmu.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nestmmu.io.AtomicFiles;

/**
 * Runs shards as one Slurm job array: writes {@code DIR/slurm/sweep-shard.sbatch}, submits it with
 * {@code sbatch --array=...} (one task per pending shard, task id = shard number) and the options
 * passed through, polls {@code squeue} until the array has left the queue, and asks {@code scontrol}
 * why any shard left no result file. The output directory, the project's classes and the JDK must
 * be on a filesystem the compute nodes share.
 *
 * <p>The job id is kept in {@code DIR/slurm/job-id}; a re-run while that job is still queued or
 * running waits for it instead of submitting the same shards twice, so the sweep command can be
 * stopped and started again without stopping the array.
 */
public final class SlurmBackend implements Backend {
    /** squeue failures in a row after which the array is given up on (a gone controller). */
    static final int MAX_SQUEUE_FAILURES = 30;

    private final SlurmClient slurm;
    private final ShardLauncher launcher;
    private final List<String> options;
    private final Duration poll;

    public SlurmBackend(SlurmClient slurm, ShardLauncher launcher, List<String> options, Duration poll) {
        this.slurm = slurm;
        this.launcher = launcher;
        this.options = List.copyOf(options);
        this.poll = poll;
    }

    @Override
    public String name() {
        return "slurm";
    }

    @Override
    public Map<Integer, String> run(SweepPlan plan, SweepDirectory dir, List<Integer> shards, Progress progress)
            throws InterruptedException {
        AtomicFiles.ensureDirectory(dir.logsDir());
        Path jobIdFile = dir.slurmDir().resolve("job-id");
        Set<Integer> seen = new HashSet<>();
        String previous = readJobId(jobIdFile);
        if (previous != null && Boolean.TRUE.equals(slurm.active(previous))) {
            progress.note("job " + previous + " from an earlier run is still in the queue; waiting for it");
            waitFor(previous, plan, dir, shards, progress, seen);
            shards = dir.pendingShards(plan).stream().filter(shards::contains).toList();
            if (shards.isEmpty()) return Map.of();
        }
        Path script = dir.slurmDir().resolve("sweep-shard.sbatch");
        AtomicFiles.writeString(script, batchScript(plan, dir));
        String jobId = slurm.submitArray(script, arraySpec(shards), options);
        AtomicFiles.writeString(jobIdFile, jobId + "\n");
        progress.note("submitted job array " + jobId + " with " + shards.size() + " task(s)");
        String lost = waitFor(jobId, plan, dir, shards, progress, seen);

        Map<Integer, String> failures = new TreeMap<>();
        Map<Integer, SlurmClient.TaskState> states = slurm.arrayTaskStates(jobId);
        for (int shard : shards) {
            if (dir.finished(plan, shard).isPresent()) continue;
            SlurmClient.TaskState st = states.get(shard);
            String why = lost != null ? lost
                    : st != null ? "Slurm task " + jobId + "_" + shard + ": " + st
                    : "Slurm task " + jobId + "_" + shard + " ended without results (scontrol no longer knows it)";
            failures.put(shard, why + "; see " + dir.logFile(shard));
            progress.shardEnded(shard, false, 0, plan.itemsOf(shard).size());
        }
        return failures;
    }

    /** Polls until the job leaves the queue; returns null, or why it stopped waiting before that. */
    private String waitFor(String jobId, SweepPlan plan, SweepDirectory dir, List<Integer> shards, Progress progress,
                           Set<Integer> seen) throws InterruptedException {
        int failuresInARow = 0;
        while (true) {
            Boolean active = slurm.active(jobId);
            reportFinished(plan, dir, shards, progress, seen);
            if (Boolean.FALSE.equals(active)) return null;
            if (active == null && ++failuresInARow >= MAX_SQUEUE_FAILURES) {
                return "squeue failed " + failuresInARow + " times in a row while waiting for job " + jobId;
            }
            if (active != null) failuresInARow = 0;
            Thread.sleep(poll.toMillis());
        }
    }

    private static void reportFinished(SweepPlan plan, SweepDirectory dir, List<Integer> shards, Progress progress,
                                       Set<Integer> seen) {
        for (int shard : shards) {
            if (!seen.contains(shard) && dir.finished(plan, shard).isPresent()) {
                seen.add(shard);
                int n = plan.itemsOf(shard).size();
                progress.shardEnded(shard, true, 0, n);
            }
        }
    }

    /** The batch script; #SBATCH lines cannot quote, so DIR and the working directory must not contain spaces. */
    String batchScript(SweepPlan plan, SweepDirectory dir) {
        List<String> cmd = launcher.command(dir.planFile(), "\"$SLURM_ARRAY_TASK_ID\"");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < cmd.size(); i++) {
            words.add(i == cmd.size() - 1 ? cmd.get(i) : SweepItem.quote(cmd.get(i)));
        }
        return "#!/bin/bash\n"
                + "# Written by ./mmu sweep: each task of the job array runs one shard of the plan.\n"
                + "#SBATCH --job-name=nestmmu-sweep\n"
                + "#SBATCH --output=" + dir.logsDir() + "/shard-%4a.log\n"
                + "#SBATCH --chdir=" + plan.workDir() + "\n"
                + "#SBATCH --ntasks=1\n"
                + "exec " + String.join(" ", words) + "\n";
    }

    /** "0-3,7,9-10": the shard numbers as Slurm's --array list. */
    static String arraySpec(List<Integer> shards) {
        List<Integer> sorted = shards.stream().sorted().toList();
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) j++;
            if (b.length() > 0) b.append(',');
            b.append(sorted.get(i));
            if (j > i) b.append('-').append(sorted.get(j));
            i = j + 1;
        }
        return b.toString();
    }

    private static String readJobId(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return s.matches("\\d+") ? s : null;
        } catch (IOException e) {
            return null;
        }
    }
}
