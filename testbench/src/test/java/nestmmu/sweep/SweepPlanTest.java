package nestmmu.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.io.BadInputException;

class SweepPlanTest {
    private static final long BASE_SEED = Long.getLong("nestmmu.seed", System.nanoTime());

    @TempDir
    Path tmp;

    @Test
    @DisplayName("the cross product nests config, mode, workload, seed in that order, seeds counting from 1")
    void crossProductOrder() {
        SweepPlan p = SweepPlan.crossProduct(List.of("a.json", "b.json"), List.of("native", "nested"),
                List.of("w1", "w2"), 3, "model", "simulate", tmp, 5);
        assertThat(p.items()).hasSize(24);
        assertThat(p.items().get(0)).isEqualTo(new SweepItem("a.json", "native", "w1", 1, "model"));
        assertThat(p.items().get(2)).isEqualTo(new SweepItem("a.json", "native", "w1", 3, "model"));
        assertThat(p.items().get(3)).isEqualTo(new SweepItem("a.json", "native", "w2", 1, "model"));
        assertThat(p.items().get(23)).isEqualTo(new SweepItem("b.json", "nested", "w2", 3, "model"));
    }

    @RepeatedTest(50)
    @DisplayName("shards partition the items, differ in size by at most one, and the plan survives a round trip")
    void shardsPartitionTheItems(org.junit.jupiter.api.RepetitionInfo rep) throws Exception {
        long seed = BASE_SEED + rep.getCurrentRepetition();
        System.out.println("SweepPlanTest.shardsPartitionTheItems seed=" + seed + " (re-run with -Dnestmmu.seed=" + BASE_SEED + ")");
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> configs = names("c", 1 + rnd.nextInt(3));
        List<String> workloads = names("synthetic:random,pages=", 1 + rnd.nextInt(3));
        int seeds = 1 + rnd.nextInt(4);
        int n = configs.size() * 2 * workloads.size() * seeds;
        int k = 1 + rnd.nextInt(n);
        SweepPlan p = SweepPlan.crossProduct(configs, List.of("shadow", "nested"), workloads, seeds, "rtl", "simulate", tmp, k);

        TreeSet<Integer> seen = new TreeSet<>();
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int s = 0; s < k; s++) {
            List<Integer> mine = p.itemsOf(s);
            min = Math.min(min, mine.size());
            max = Math.max(max, mine.size());
            for (int i : mine) assertThat(seen.add(i)).as("item %d in two shards", i).isTrue();
        }
        assertThat(seen).hasSize(n);
        assertThat(max - min).isLessThanOrEqualTo(1);

        Path f = tmp.resolve("plan-" + seed + ".json");
        Files.writeString(f, p.toJson());
        SweepPlan back = SweepPlan.read(f);
        assertThat(back).isEqualTo(p);
        assertThat(back.digest()).isEqualTo(p.digest());
        assertThat(p.differenceFrom(back)).isNull();
    }

    @Test
    @DisplayName("a plan names its first difference from another")
    void differences() {
        SweepPlan p = SweepPlan.crossProduct(List.of("a.json"), List.of("native"), List.of("w"), 2, "model", "simulate", tmp, 2);
        SweepPlan q = SweepPlan.crossProduct(List.of("a.json"), List.of("nested"), List.of("w"), 2, "model", "simulate", tmp, 2);
        assertThat(p.differenceFrom(q)).isEqualTo("item 0 is config=a.json mode=native workload=w seed=1"
                + " vs config=a.json mode=nested workload=w seed=1");
        assertThat(p.differenceFrom(p.withShards(1))).isEqualTo("shards 2 vs 1");
        assertThat(p.digest()).isNotEqualTo(q.digest());
    }

    @Test
    void moreShardsThanItemsIsBadInput() {
        assertThatThrownBy(() -> SweepPlan.crossProduct(List.of("a"), List.of("native"), List.of("w"), 1, "model",
                "simulate", tmp, 2)).isInstanceOf(BadInputException.class).hasMessageContaining("--shards");
    }

    @Test
    void aDamagedPlanFileIsBadInputNamingTheFile() throws Exception {
        Path f = tmp.resolve("plan.json");
        Files.writeString(f, "{\"format\": 1, \"runner\": \"simulate\", \"engine\": \"model\", \"workDir\": \"/\","
                + " \"shards\": 1, \"items\": [{\"config\": \"a\", \"mode\": \"native\", \"workload\": \"w\"}]}");
        assertThatThrownBy(() -> SweepPlan.read(f)).isInstanceOf(BadInputException.class)
                .hasMessage(f + ": items[0]: seed: missing");
    }

    @Test
    void replayCommandsQuoteWhatTheShellWouldSplit() {
        SweepItem item = new SweepItem("my configs/x.json", "nested", "synthetic:random,pages=8", 3, "rtl");
        assertThat(item.replayCommand()).isEqualTo(
                "./mmu simulate --config 'my configs/x.json' --workload synthetic:random,pages=8 --mode nested --engine rtl --seed 3");
        assertThat(new SweepItem("it's.json", "native", "w;x", 1, "model").replayCommand())
                .contains("--config 'it'\\''s.json'").contains("--workload 'w;x'");
    }

    private static List<String> names(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(prefix + i);
        return out;
    }
}
