package nestmmu.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.cli.Main;
import nestmmu.sweep.slurm.LocalSlurmCluster;

/** The slurm backend against a real single-node Slurm that this class brings up and tears down. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SlurmSweepTest {
    private static LocalSlurmCluster slurm;

    @TempDir
    Path tmp;

    @BeforeAll
    static void bringUpSlurm() throws Exception {
        Optional<String> why = LocalSlurmCluster.unavailable();
        Assumptions.assumeTrue(why.isEmpty(), () -> "no local Slurm: " + why.orElse(""));
        slurm = LocalSlurmCluster.start();
    }

    @AfterAll
    static void tearDownSlurm() {
        if (slurm != null) slurm.close();
    }

    @Test
    @DisplayName("./mmu sweep --backend slurm runs a job array, merges it, and reports the failing items")
    void theCommandRunsAJobArray() throws Exception {
        Path out = tmp.resolve("out");
        List<String> cmd = new ArrayList<>();
        ShardLauncher l = ShardLauncher.ofThisJvm();
        cmd.add(l.java().toString());
        cmd.addAll(l.jvmOptions());
        cmd.addAll(List.of("-cp", l.classPath(), "nestmmu.cli.Main"));
        cmd.addAll(SweepFixtures.sweepArgs(out, SweepFixtures.config("small"), "native,nested",
                SweepFixtures.WORKLOAD + ";bogus:workload", 1,
                "--backend", "slurm", "--shards", "3", "--slurm-poll", "0.3", "--slurm-opt=--time=10"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
        pb.environment().putAll(slurm.environment());
        Process p = pb.start();
        p.getOutputStream().close();
        java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();

        assertThat(code).as(stdout + err.join()).isEqualTo(Main.EXIT_FAILED);
        assertThat(stdout).contains("4 items, 2 passed, 2 failed")
                .contains("FAILED bad-input: config=" + SweepFixtures.config("small") + " mode=native workload=bogus:workload seed=1");
        assertThat(err.join()).contains("submitted job array");
        SweepDirectory dir = new SweepDirectory(out);
        assertThat(Files.readString(dir.slurmDir().resolve("sweep-shard.sbatch"))).contains("#SBATCH --output=" + dir.logsDir());
        assertThat(dir.slurmDir().resolve("job-id")).exists();
        for (int s = 0; s < 3; s++) {
            assertThat(dir.shardFile(s)).exists();
            assertThat(Files.readString(dir.logFile(s))).as("Slurm's output file").contains("sweep-shard " + s + ": item");
        }
    }

    @Test
    @DisplayName("a shard whose array task dies is a failure with its Slurm state; a re-run submits only that shard")
    void aDeadTaskIsReportedAndResubmitted() throws Exception {
        SweepPlan plan = SweepPlan.crossProduct(List.of(SweepFixtures.config("small")), List.of("native", "shadow"),
                List.of(SweepFixtures.WORKLOAD), 2, "model", SimulateRunner.NAME, SweepFixtures.root(), 3);
        SweepDirectory dir = new SweepDirectory(tmp.resolve("out"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
        SlurmClient client = new SlurmClient(slurm.environment());
        Duration poll = Duration.ofMillis(300);

        SweepRun.Outcome first = SweepRun.run(plan, true, dir,
                new SlurmBackend(client, SweepFixtures.crashingLauncher(tmp, 1), List.of(), poll), logStream, false);

        assertThat(first.summary().failures()).extracting(ItemResult::index).containsExactlyElementsOf(plan.itemsOf(1));
        String firstJob = Files.readString(dir.slurmDir().resolve("job-id")).strip();
        assertThat(first.summary().failures()).allSatisfy(r -> assertThat(r.error())
                .contains("Slurm task " + firstJob + "_1: state FAILED, exit code 0:9").contains("shard-0001.log"));
        assertThat(Files.readString(slurm.jobCompletionFile())).contains("ArrayJobId=" + firstJob + " ArrayTaskId=1")
                .contains("JobState=FAILED");
        FileTime shard0 = Files.getLastModifiedTime(dir.shardFile(0));

        Thread.sleep(20);
        SweepRun.Outcome second = SweepRun.run(plan, true, dir,
                new SlurmBackend(client, ShardLauncher.ofThisJvm(), List.of(), poll), logStream, false);
        assertThat(second.shardsRun()).isEqualTo(1);
        assertThat(second.summary().failures()).isEmpty();
        assertThat(Files.readString(dir.slurmDir().resolve("job-id")).strip()).isNotEqualTo(firstJob);
        assertThat(Files.getLastModifiedTime(dir.shardFile(0))).isEqualTo(shard0);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("2 shard(s) already done, 1 to run");
    }
}
