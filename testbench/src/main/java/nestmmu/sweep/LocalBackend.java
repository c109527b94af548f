package nestmmu.sweep;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nestmmu.io.AtomicFiles;

/**
 * Runs shards as child JVMs on this machine, at most {@code jobs} at a time. Each child's output
 * goes to {@code DIR/logs/shard-NNNN.log}; its item lines drive the progress display. If this JVM
 * is stopped (Ctrl-C), the children are stopped with it.
 */
public final class LocalBackend implements Backend {
    private final int jobs;
    private final ShardLauncher launcher;

    public LocalBackend(int jobs, ShardLauncher launcher) {
        if (jobs < 1) throw new nestmmu.io.BadInputException("--jobs: must be at least 1, got " + jobs);
        this.jobs = jobs;
        this.launcher = launcher;
    }

    public int jobs() {
        return jobs;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Map<Integer, String> run(SweepPlan plan, SweepDirectory dir, List<Integer> shards, Progress progress)
            throws InterruptedException {
        if (shards.isEmpty()) return Map.of();
        AtomicFiles.ensureDirectory(dir.logsDir());
        Set<Process> running = ConcurrentHashMap.newKeySet();
        Thread stopChildren = new Thread(() -> running.forEach(Process::destroyForcibly), "sweep-stop-shards");
        Runtime.getRuntime().addShutdownHook(stopChildren);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, shards.size()), r -> {
            Thread t = new Thread(r, "sweep-shard-runner");
            t.setDaemon(true);
            return t;
        });
        Map<Integer, String> failures = new TreeMap<>();
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int shard : shards) {
                futures.add(pool.submit(() -> runShard(plan, dir, shard, progress, running)));
            }
            for (int i = 0; i < shards.size(); i++) {
                String why;
                try {
                    why = futures.get(i).get();
                } catch (ExecutionException e) {
                    why = "could not run the shard process: " + e.getCause();
                }
                if (why != null) failures.put(shards.get(i), why);
            }
        } finally {
            pool.shutdownNow();
            running.forEach(Process::destroyForcibly);
            try {
                Runtime.getRuntime().removeShutdownHook(stopChildren);
            } catch (IllegalStateException ignored) {
                // the JVM is already shutting down and the hook is running
            }
        }
        return failures;
    }

    /** Runs one shard process to its end; returns null when it wrote its results, else why not. */
    private String runShard(SweepPlan plan, SweepDirectory dir, int shard, Progress progress, Set<Process> running)
            throws IOException, InterruptedException {
        List<String> cmd = launcher.command(dir.planFile(), Integer.toString(shard));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(Path.of(plan.workDir()).toFile()).redirectErrorStream(true);
        Path log = dir.logFile(shard);
        long counted = 0;
        Process p = pb.start();
        running.add(p);
        try {
            p.getOutputStream().close();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                 BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.write(line);
                    out.newLine();
                    if (line.startsWith(SweepShardCommand.ITEM_DONE)) {
                        counted++;
                        progress.itemDone();
                    }
                }
            }
            int code = p.waitFor();
            boolean wrote = dir.finished(plan, shard).isPresent();
            progress.shardEnded(shard, wrote, counted, plan.itemsOf(shard).size());
            if (wrote) return null;
            return "shard process exited " + code + " without writing its results; see " + log;
        } finally {
            running.remove(p);
            p.destroyForcibly();
        }
    }
}
