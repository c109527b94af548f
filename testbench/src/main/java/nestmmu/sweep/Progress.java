package nestmmu.sweep;

import java.io.PrintStream;
import java.util.Locale;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a sweep on stderr: a live bar on a terminal, otherwise one plain line each time a
 * shard ends (logs and CI output stay readable). Safe to call from several threads.
 */
public final class Progress implements AutoCloseable {
    private final PrintStream log;
    private final ProgressBar bar;
    private final long totalItems;
    private final int totalShards;
    private long items;
    private int shardsDone;
    private int shardsFailed;

    private Progress(PrintStream log, ProgressBar bar, long totalItems, long itemsDone, int totalShards, int shardsDone) {
        this.log = log;
        this.bar = bar;
        this.items = itemsDone;
        this.totalShards = totalShards;
        this.shardsDone = shardsDone;
        this.totalItems = totalItems;
    }

    /** Starts reporting; {@code itemsDone}/{@code shardsDone} count work finished by an earlier run. */
    public static Progress start(PrintStream log, boolean terminal, long totalItems, long itemsDone,
                                 int totalShards, int shardsDone) {
        ProgressBar bar = null;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(totalItems)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" items", 1).continuousUpdate().build();
            bar.stepTo(itemsDone);
        }
        return new Progress(log, bar, totalItems, itemsDone, totalShards, shardsDone);
    }

    /** Whether this JVM's stderr is a terminal ({@link nestmmu.io.Terminal#stderrIsTerminal}). */
    public static boolean stderrIsTerminal() {
        return nestmmu.io.Terminal.stderrIsTerminal();
    }

    public synchronized void itemDone() {
        items++;
        if (bar != null) bar.stepTo(items);
    }

    /** A shard ended; {@code itemsInShard} corrects the item count when a crash hid some item lines. */
    public synchronized void shardEnded(int shard, boolean wroteResults, long itemsCounted, long itemsInShard) {
        shardsDone++;
        if (!wroteResults) shardsFailed++;
        items += itemsInShard - itemsCounted;
        if (bar != null) {
            bar.stepTo(items);
            bar.setExtraMessage(shardsFailed == 0 ? "" : " " + shardsFailed + " shard(s) failed");
        } else if (log != null) {
            log.printf(Locale.ROOT, "sweep: shard %d %s; %d/%d shards, %d/%d items%s%n", shard,
                    wroteResults ? "done" : "FAILED", shardsDone, totalShards, items, totalItems,
                    shardsFailed == 0 ? "" : ", " + shardsFailed + " shard(s) failed");
            log.flush();
        }
    }

    /** A plain status line (slurm polling), shown only without a bar. */
    public synchronized void note(String line) {
        if (bar == null && log != null) {
            log.println("sweep: " + line);
            log.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
    }
}
