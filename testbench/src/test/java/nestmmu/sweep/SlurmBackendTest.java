package nestmmu.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The parts of the slurm backend that need no cluster: the array list and the batch script. */
class SlurmBackendTest {
    private static final long BASE_SEED = Long.getLong("nestmmu.seed", System.nanoTime());

    @Test
    void arraySpecsCompressRuns() {
        assertThat(SlurmBackend.arraySpec(List.of(0, 1, 2, 3))).isEqualTo("0-3");
        assertThat(SlurmBackend.arraySpec(List.of(9, 0, 1, 2, 3, 7, 10))).isEqualTo("0-3,7,9-10");
        assertThat(SlurmBackend.arraySpec(List.of(5))).isEqualTo("5");
    }

    @RepeatedTest(20)
    @DisplayName("an array spec names exactly the given shards")
    void arraySpecRoundTrips(RepetitionInfo rep) {
        long seed = BASE_SEED + rep.getCurrentRepetition();
        System.out.println("SlurmBackendTest.arraySpecRoundTrips repetition " + rep.getCurrentRepetition() + ": seed " + seed
                + " = base seed " + BASE_SEED + " + repetition (re-run them all with -Dnestmmu.seed=" + BASE_SEED + ")");
        SplittableRandom rnd = new SplittableRandom(seed);
        TreeSet<Integer> shards = new TreeSet<>();
        int n = 1 + rnd.nextInt(40);
        while (shards.size() < n) shards.add(rnd.nextInt(60));
        List<Integer> back = new ArrayList<>();
        for (String part : SlurmBackend.arraySpec(new ArrayList<>(shards)).split(",")) {
            String[] r = part.split("-");
            int from = Integer.parseInt(r[0]);
            int to = Integer.parseInt(r[r.length - 1]);
            assertThat(to).isGreaterThanOrEqualTo(from);
            for (int i = from; i <= to; i++) back.add(i);
        }
        assertThat(back).containsExactlyElementsOf(shards);
    }

    @Test
    @DisplayName("the batch script runs the task's shard of the plan with this JVM's java and class path")
    void batchScript() {
        ShardLauncher launcher = new ShardLauncher(Path.of("/opt/jdk/bin/java"), "/p/classes:/p/lib/a b.jar", List.of("-Xss16m"));
        SlurmBackend backend = new SlurmBackend(new SlurmClient(), launcher, List.of(), Duration.ofSeconds(1));
        SweepPlan plan = SweepPlan.crossProduct(List.of("c.json"), List.of("native"), List.of("w"), 1, "model",
                "simulate", Path.of("/work/dir"), 1);
        String script = backend.batchScript(plan, new SweepDirectory(Path.of("/shared/out")));
        assertThat(script).startsWith("#!/bin/bash\n")
                .contains("#SBATCH --output=/shared/out/logs/shard-%4a.log\n")
                .contains("#SBATCH --chdir=/work/dir\n")
                .endsWith("exec /opt/jdk/bin/java -Xss16m -cp '/p/classes:/p/lib/a b.jar' nestmmu.cli.Main sweep-shard"
                        + " --plan /shared/out/plan.json --shard \"$SLURM_ARRAY_TASK_ID\"\n");
    }
}
