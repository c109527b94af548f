package nestmmu.sim.report;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import nestmmu.io.Terminal;

/**
 * A progress bar on stderr for work that lasts: it appears only on a terminal, and only once the
 * work has run for {@link #DELAY_MILLIS} (about two seconds), so quick runs and redirected output
 * stay clean.
 */
public final class TerminalProgress implements RunProgress {
    static final long DELAY_MILLIS = 2000;

    private final PrintStream out;
    private final long delayMillis;
    private final AtomicLong done = new AtomicLong();
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;
    private volatile ProgressBar bar;

    TerminalProgress(PrintStream out, long delayMillis) {
        this.out = out;
        this.delayMillis = delayMillis;
    }

    /** A bar on stderr when stderr is a terminal, else {@link RunProgress#NONE}. */
    public static RunProgress onStderr() {
        return Terminal.stderrIsTerminal() ? new TerminalProgress(System.err, DELAY_MILLIS) : RunProgress.NONE;
    }

    @Override
    public synchronized void begin(String task, long total, String unit) {
        end();
        done.set(0);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress-delay");
            t.setDaemon(true);
            return t;
        });
        pending = timer.schedule(() -> show(task, total, unit), delayMillis, TimeUnit.MILLISECONDS);
    }

    private synchronized void show(String task, long total, String unit) {
        if (pending == null) return;
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(unit, 1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(out))
                .showSpeed().continuousUpdate()
                .startsFrom(done.get(), java.time.Duration.ofMillis(delayMillis)).build();
    }

    @Override
    public void advance(long amount) {
        long now = done.addAndGet(amount);
        ProgressBar b = bar;
        if (b != null) b.stepTo(now);
    }

    @Override
    public synchronized void end() {
        if (pending != null) pending.cancel(false);
        pending = null;
        if (timer != null) timer.shutdownNow();
        timer = null;
        if (bar != null) bar.close();
        bar = null;
    }
}
