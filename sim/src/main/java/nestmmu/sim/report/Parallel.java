package nestmmu.sim.report;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs independent tasks on a few threads; the first failure is rethrown as is and stops the rest. */
final class Parallel {
    private Parallel() {}

    static void runAll(int threads, List<Runnable> tasks) {
        int n = Math.max(1, Math.min(threads, tasks.size()));
        if (n == 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "nestmmu-compare");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<Void> done = new ExecutorCompletionService<>(pool);
            for (Runnable task : tasks) done.submit(task, null);
            // in the order they finish, so the first failure is seen at once
            for (int i = 0; i < tasks.size(); i++) done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
