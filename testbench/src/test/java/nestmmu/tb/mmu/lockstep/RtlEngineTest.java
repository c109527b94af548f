package nestmmu.tb.mmu.lockstep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import nestmmu.cli.CommandRun;

/** {@code ./mmu simulate --engine rtl} through the real command line. */
@ExtendWith(CommandRun.ProjectRoot.class)
class RtlEngineTest {
    private static final String WORKLOAD = "synthetic:ctxswitch,processes=3,pages=16,quantum=50,accesses=1500";
    private static CommandRun simulate(String... args) {
        List<String> all = new ArrayList<>(List.of("simulate", "--json"));
        all.addAll(List.of(args));
        return CommandRun.of(all.toArray(String[]::new));
    }

    @Test
    void theRtlEnginePrintsTheModelEnginesCountersPlusNoMismatches() {
        String[] common = {"--mode", "nested", "--workload", WORKLOAD, "--mem-latency", "3", "--guest-page", "2M"};
        CommandRun model = simulate(concat(common, "--engine", "model"));
        CommandRun rtl = simulate(concat(common, "--engine", "rtl"));
        assertThat(rtl.code()).as(rtl.err() + rtl.out()).isZero();
        JsonObject m = model.json();
        JsonObject r = rtl.json();
        for (String key : m.keySet()) {
            if (!key.equals("engine")) assertThat(r.get(key)).as(key).isEqualTo(m.get(key));
        }
        assertThat(r.get("engine").getAsString()).isEqualTo("rtl");
        assertThat(r.get("mismatches").getAsLong()).isZero();
        assertThat(r.get("cyclesCompared").getAsBoolean()).isTrue();
        assertThat(r.get("rtlMemory").getAsString()).isEqualTo("fixed latency 3");
        assertThat(r.get("firstMismatch").isJsonNull()).isTrue();
        assertThat(r.get("rtlCycles").getAsLong()).isGreaterThanOrEqualTo(m.get("translationCycles").getAsLong());
    }

    @Test
    void aRandomLatencyRunIsSeededAndAgreesOnEverythingButCycles() {
        String[] args = {"--engine", "rtl", "--mode", "shadow", "--workload", WORKLOAD + ",seed=1", "--random-latency"};
        CommandRun first = simulate(concat(args, "--seed", "7"));
        assertThat(first.code()).as(first.err() + first.out()).isZero();
        JsonObject j = first.json();
        assertThat(j.get("mismatches").getAsLong()).isZero();
        assertThat(j.get("cyclesCompared").getAsBoolean()).isFalse();
        assertThat(j.get("rtlMemory").getAsString()).startsWith("random latency 1..40");
        assertThat(simulate(concat(args, "--seed", "7")).out()).as("same seed, same run").isEqualTo(first.out());
        JsonObject other = simulate(concat(args, "--seed", "8")).json();
        assertThat(other.get("translations")).as("the workload has its own seed").isEqualTo(j.get("translations"));
        assertThat(other.get("rtlCycles")).as("another seed, other latencies").isNotEqualTo(j.get("rtlCycles"));
    }

    @Test
    void coverageCountsTheBinsOfTheRunsMode() {
        CommandRun r = simulate("--engine", "rtl", "--mode", "native", "--workload", WORKLOAD, "--coverage", "--mem-latency", "1");
        assertThat(r.code()).as(r.err()).isZero();
        JsonObject c = r.json().getAsJsonObject("coverage");
        JsonObject hits = c.getAsJsonObject("hits");
        assertThat(hits.keySet()).allMatch(bin -> bin.startsWith("native/"));
        assertThat(hits.get("native/page/4K").getAsLong()).isPositive();
        assertThat(hits.get("native/l1/hit").getAsLong()).isPositive();
        assertThat(hits.get("native/fault/pf/notPresent/L1").getAsLong()).as("demand paging").isPositive();
        assertThat(c.get("hit").getAsLong()).isLessThan(c.get("reachable").getAsLong());
        assertThat(c.getAsJsonArray("unexpected")).isEmpty();
        assertThat(c.getAsJsonObject("unreachable").keySet()).contains("native/l2/hit");
        for (JsonElement e : c.getAsJsonArray("missed")) assertThat(hits.get(e.getAsString()).getAsLong()).isZero();
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
