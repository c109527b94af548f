package nestmmu.sweep;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import nestmmu.cli.Main;
import nestmmu.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mmu sweep-shard --plan DIR/plan.json --shard I}: runs the items of one shard, one after
 * another in this process, and writes {@code DIR/shards/shard-I.json} atomically. Started by the
 * sweep's backends (a local process, a Slurm array task), not by people, so it is hidden.
 *
 * <p>It exits 0 once the result file is written, even when items failed: failures are results,
 * and a Slurm task marked FAILED then means the shard itself broke. Each finished item is announced
 * on stderr with {@link #ITEM_DONE} so a backend can count progress.
 */
@Command(name = "sweep-shard", hidden = true, mixinStandardHelpOptions = true,
        description = "Run one shard of a sweep plan (used by ./mmu sweep).")
public final class SweepShardCommand implements Callable<Integer> {
    /** Prefix of the stderr line printed after each item: "sweep-shard item-done INDEX STATUS". */
    public static final String ITEM_DONE = "sweep-shard item-done ";

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", required = true, paramLabel = "FILE", description = "The sweep's plan.json.")
    Path planFile;

    @Option(names = "--shard", required = true, paramLabel = "I", description = "Which shard to run (0-based).")
    int shard;

    @Override
    public Integer call() {
        SweepPlan plan = SweepPlan.read(planFile);
        List<Integer> indices = plan.itemsOf(shard);
        SweepDirectory dir = new SweepDirectory(planFile.toAbsolutePath().getParent());
        ItemRunner runner = ItemRunners.byName(plan.runner());
        PrintWriter err = spec.commandLine().getErr();
        List<ItemResult> results = new ArrayList<>();
        for (int i : indices) {
            SweepItem item = plan.items().get(i);
            err.println("sweep-shard " + shard + ": item " + i + " " + item.describe());
            err.flush();
            ItemResult r = runner.run(i, item);
            results.add(r);
            err.println(ITEM_DONE + i + " " + r.status().label()
                    + (r.error() == null ? "" : " " + r.error()));
            err.flush();
        }
        AtomicFiles.writeString(dir.shardFile(shard), new ShardResult(plan.digest(), shard, results).toJson());
        return Main.EXIT_OK;
    }
}
