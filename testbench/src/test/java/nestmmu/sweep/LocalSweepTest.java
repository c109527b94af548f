package nestmmu.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.cli.Main;

/** The local backend end to end: real shard processes, through the CLI or the {@link SweepRun} API. */
class LocalSweepTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private SweepRun.Outcome sweep(SweepPlan plan, Path out, ShardLauncher launcher, int jobs) throws Exception {
        return SweepRun.run(plan, true, new SweepDirectory(out), new LocalBackend(jobs, launcher),
                new PrintStream(log, true, StandardCharsets.UTF_8), false);
    }

    private static SweepPlan plan(List<String> configs, List<String> workloads, int shards) {
        return SweepPlan.crossProduct(configs, List.of("native", "nested"), workloads, 2, "model",
                SimulateRunner.NAME, SweepFixtures.root(), shards);
    }

    @Test
    @DisplayName("every item of a small sweep is run in a shard process and merged as a direct run reports it")
    void everyItemIsRunAndMerged() throws Exception {
        SweepPlan plan = plan(List.of(SweepFixtures.config("small"), SweepFixtures.config("default")),
                List.of(SweepFixtures.WORKLOAD), 3);
        SweepRun.Outcome outcome = sweep(plan, tmp.resolve("out"), ShardLauncher.ofThisJvm(), 2);

        SweepSummary s = outcome.summary();
        assertThat(outcome.shardsRun()).isEqualTo(3);
        assertThat(s.items()).hasSize(8);
        assertThat(s.failures()).isEmpty();
        ItemRunner direct = ItemRunners.byName(plan.runner());
        for (ItemResult r : s.items()) {
            ItemResult again = direct.run(r.index(), r.item());
            assertThat(r.result()).as(r.item().describe()).isEqualTo(again.result());
            assertThat(r.counter("translations")).isPositive();
        }
        assertThat(s.groups()).hasSize(4);
        for (GroupRow g : s.groups()) {
            List<ItemResult> members = s.items().stream().filter(r -> r.item().config().equals(g.config())
                    && r.item().mode().equals(g.mode())).toList();
            assertThat(g.items()).isEqualTo(2);
            assertThat(g.translations()).isEqualTo(members.stream().mapToLong(r -> r.counter("translations")).sum());
            long walks = members.stream().mapToLong(r -> r.counter("walks")).sum();
            long refs = members.stream().mapToLong(r -> r.counter("walkRefs")).sum();
            long cycles = members.stream().mapToLong(r -> r.counter("cycles")).sum();
            long accesses = members.stream().mapToLong(r -> r.counter("accesses")).sum();
            assertThat(walks).as("a fresh machine walks").isPositive();
            assertThat(g.avgRefsPerWalk()).isEqualTo((double) refs / walks);
            assertThat(g.cyclesPerAccess()).isEqualTo((double) cycles / accesses);
        }
        assertThat(Files.readString(new SweepDirectory(tmp.resolve("out")).summaryFile())).isEqualTo(s.toJson());
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("3/3 shards, 8/8 items");
    }

    @Test
    @DisplayName("the same sweep in another directory writes a byte-identical summary, whatever the job count")
    void summariesAreDeterministic() throws Exception {
        SweepPlan plan = plan(List.of(SweepFixtures.config("small")), List.of(SweepFixtures.WORKLOAD), 2);
        sweep(plan, tmp.resolve("a"), ShardLauncher.ofThisJvm(), 1);
        sweep(plan, tmp.resolve("b"), ShardLauncher.ofThisJvm(), 2);
        assertThat(Files.readString(tmp.resolve("a/summary.json"))).isEqualTo(Files.readString(tmp.resolve("b/summary.json")));
    }

    @Test
    @DisplayName("a crashed shard fails its own items with their config, mode, workload and seed; a re-run redoes only it")
    void aCrashedShardIsReportedAndResumed() throws Exception {
        SweepPlan plan = plan(List.of(SweepFixtures.config("small")), List.of(SweepFixtures.WORKLOAD), 3);
        Path out = tmp.resolve("out");
        SweepRun.Outcome first = sweep(plan, out, SweepFixtures.crashingLauncher(tmp, 1), 2);

        List<ItemResult> failed = first.summary().failures();
        assertThat(failed).extracting(ItemResult::index).containsExactlyElementsOf(plan.itemsOf(1));
        assertThat(failed).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ItemStatus.SHARD_FAILED);
            assertThat(r.error()).contains("exited 137").contains("shard-0001.log");
        });
        assertThat(first.summary().toTable()).contains("FAILED shard-failed: " + failed.get(0).item().describe())
                .contains("replay: " + failed.get(0).item().replayCommand());
        SweepDirectory dir = new SweepDirectory(out);
        FileTime shard0 = Files.getLastModifiedTime(dir.shardFile(0));
        assertThat(Files.readString(dir.logFile(1))).contains("about to crash");

        Thread.sleep(20);   // a rewritten shard-0 file would get a later modification time
        SweepRun.Outcome second = sweep(plan, out, ShardLauncher.ofThisJvm(), 2);
        assertThat(second.shardsSkipped()).isEqualTo(2);
        assertThat(second.shardsRun()).isEqualTo(1);
        assertThat(second.summary().failures()).isEmpty();
        assertThat(Files.getLastModifiedTime(dir.shardFile(0))).isEqualTo(shard0);
    }

    @Test
    @DisplayName("./mmu sweep reports a missing config and a bad workload as failures, runs the rest, and exits 1")
    void theCommandReportsFailingItems() {
        String missing = SweepFixtures.root().resolve("rtl/configs/no-such-config.json").toString();
        List<String> args = SweepFixtures.sweepArgs(tmp.resolve("out"), SweepFixtures.config("small") + "," + missing,
                "native", SweepFixtures.WORKLOAD + ";bogus:workload", 1, "--jobs", "2");
        SweepFixtures.CliRun run = SweepFixtures.cli(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_FAILED);
        assertThat(run.out()).contains("4 items, 1 passed, 3 failed")
                .contains("FAILED bad-input: config=" + missing + " mode=native workload=" + SweepFixtures.WORKLOAD + " seed=1")
                .contains("replay: ./mmu simulate --config " + missing + " --workload " + SweepFixtures.WORKLOAD
                        + " --mode native --engine model --seed 1")
                .contains("FAILED bad-input: config=" + SweepFixtures.config("small") + " mode=native workload=bogus:workload seed=1")
                .contains("no-such-config.json");
    }

    @Test
    @DisplayName("a re-run resumes without running anything; a different sweep into the same directory is bad input")
    void rerunResumesAndADifferentPlanIsRefused() throws Exception {
        Path out = tmp.resolve("out");
        List<String> args = SweepFixtures.sweepArgs(out, SweepFixtures.config("small"), "native,shadow",
                SweepFixtures.WORKLOAD, 1, "--jobs", "1");
        assertThat(SweepFixtures.cli(args.toArray(String[]::new)).exitCode()).isEqualTo(Main.EXIT_OK);
        SweepDirectory dir = new SweepDirectory(out);
        FileTime before = Files.getLastModifiedTime(dir.shardFile(0));
        SweepFixtures.CliRun again = SweepFixtures.cli(args.toArray(String[]::new));
        assertThat(again.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(again.out()).contains("2 items, 2 passed, 0 failed");
        assertThat(Files.getLastModifiedTime(dir.shardFile(0))).isEqualTo(before);

        List<String> other = SweepFixtures.sweepArgs(out, SweepFixtures.config("small"), "native,shadow",
                SweepFixtures.WORKLOAD, 2, "--jobs", "1");
        SweepFixtures.CliRun refused = SweepFixtures.cli(other.toArray(String[]::new));
        assertThat(refused.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(refused.err().strip()).doesNotContain("\n").contains("holds a different sweep").contains("items");
    }

    @Test
    @DisplayName("a second sweep into a directory where one is running is refused")
    void aRunningSweepLocksItsDirectory() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        SweepPlan plan = plan(List.of(SweepFixtures.config("small")), List.of(SweepFixtures.WORKLOAD), 1);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(out.resolve(".lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock held = ch.lock()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sweep(plan, out, ShardLauncher.ofThisJvm(), 1))
                    .isInstanceOf(nestmmu.io.BadInputException.class).hasMessageContaining("another sweep is running there");
        }
        assertThat(out.resolve("plan.json")).doesNotExist();
    }
}
