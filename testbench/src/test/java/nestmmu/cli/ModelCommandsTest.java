package nestmmu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code ./mmu walk} and {@code ./mmu simulate} through the real command line: the JSON contracts and exit codes. */
@ExtendWith(CommandRun.ProjectRoot.class)
class ModelCommandsTest {
    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @ParameterizedTest(name = "walk --mode {0} --guest-page {1} --host-page {2}: refs {3}")
    @CsvSource({
        "native, 4K, 4K, 4",
        "nested, 4K, 4K, 24",
        "nested, 2M, 4K, 19",
        "nested, 4K, 2M, 19",
        "nested, 2M, 2M, 15",
        "nested, 1G, 1G, 8",
        "shadow, 4K, 4K, 4",
    })
    void walkReportsTheReferenceCountsOfTheContract(String mode, String guest, String host, int refs) {
        CommandRun r = run("walk", "--mode", mode, "--guest-page", guest, "--host-page", host, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonObject j = r.json();
        assertThat(j.get("refs").getAsInt()).isEqualTo(refs);
        JsonArray reads = j.getAsJsonArray("reads");
        assertThat(reads).hasSize(refs);
        JsonObject first = reads.get(0).getAsJsonObject();
        assertThat(first.keySet()).containsExactly("dimension", "level", "address");
        assertThat(first.get("dimension").getAsString()).isEqualTo(mode.equals("nested") ? "host" : "guest");
        assertThat(first.get("level").getAsInt()).isEqualTo(4);
        assertThat(first.get("address").getAsString()).startsWith("0x");
        assertThat(j.get("result").getAsString()).startsWith("0x");
        if (mode.equals("shadow")) {
            assertThat(j.getAsJsonObject("vmExits").get("hiddenFault").getAsInt()).isEqualTo(1);
            assertThat(j.get("vmmReads").getAsInt()).isEqualTo(4);
        }
    }

    @Test
    void walkWithoutJsonIsReadableText() {
        CommandRun r = run("walk", "--mode", "nested", "--guest-page", "2M", "--host-page", "2M");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("nested walk, guest 2M / host 2M pages").contains("refs 15 (reads)")
                .contains("-> host-physical 0x");
    }

    @Test
    void walkOfAWriteShowsTheDirtyBitWrite() {
        JsonObject j = run("walk", "--mode", "native", "--access", "write", "--json").json();
        assertThat(j.getAsJsonArray("writes")).hasSize(1);
        assertThat(j.getAsJsonArray("writes").get(0).getAsJsonObject().get("level").getAsInt()).isEqualTo(1);
    }

    @Test
    void simulatePrintsTheContractKeysAndIsDeterministic() {
        String[] args = {"simulate", "--engine", "model", "--mode", "shadow", "--workload",
            "synthetic:random,pages=32,accesses=500", "--json", "--seed", "3"};
        CommandRun r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        JsonObject j = r.json();
        assertThat(j.keySet()).contains("translations", "tlbHits", "tlbMisses", "walks", "walkRefs", "cycles", "faults",
                "vmExits", "walkCycles", "vmmCycles", "vmmReads", "avgRefsPerWalk");
        assertThat(j.getAsJsonObject("vmExits").keySet())
                .containsExactly("hiddenFault", "pfInject", "ptWrite", "cr3Write", "invlpg", "dirtyBit");
        assertThat(j.get("tlbHits").getAsLong() + j.get("tlbMisses").getAsLong()).isEqualTo(j.get("translations").getAsLong());
        assertThat(run(args).out()).isEqualTo(r.out());
    }

    @Test
    void exitCostsAreConfigurable() {
        JsonObject base = run("simulate", "--mode", "shadow", "--workload", "synthetic:sequential,pages=8,accesses=100", "--json").json();
        JsonObject dear = run("simulate", "--mode", "shadow", "--workload", "synthetic:sequential,pages=8,accesses=100", "--json",
                "--exit-cost", "hiddenFault=100000").json();
        long hidden = base.getAsJsonObject("vmExits").get("hiddenFault").getAsLong();
        assertThat(dear.get("vmmCycles").getAsLong() - base.get("vmmCycles").getAsLong())
                .isEqualTo(hidden * (100000 - base.getAsJsonObject("exitCosts").get("hiddenFault").getAsLong()));
    }

    @Test
    void aMalformedConfigIsOneLineAndExitTwo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path bad = dir.resolve("bad.json");
        java.nio.file.Files.writeString(bad, "{\"l1Tlb\": {\"entries\": 12}}");
        CommandRun r = run("simulate", "--mode", "nested", "--workload", "synthetic:random", "--config", bad.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").contains("bad.json: l1Tlb.entries: must be a power of two, got 12");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "walk --mode sideways                                              | --mode: unknown mode 'sideways'",
        "walk --mode nested --host-page 3M                                 | --host-page: unknown page size '3M'",
        "walk --mode native --access jump                                  | --access: unknown access 'jump'",
        "walk --mode native --config no/such.json                          | no/such.json: no such config file",
        "simulate --mode native --workload synthetic:random --engine fpga  | --engine: unknown engine 'fpga' (known: model, rtl)",
        "simulate --mode native --workload synthetic:random --random-latency | --random-latency: the model engine has no memory port",
        "simulate --mode native --workload synthetic:random --coverage     | --coverage: the model engine collects no coverage",
        "simulate --mode native --workload synthetic:zigzag                | synthetic:zigzag",
        "simulate --mode native --workload synthetic:random --mem-latency 0 | --mem-latency: must be between 1 and 100000",
        "simulate --mode shadow --workload synthetic:random --exit-cost lunch=5 | --exit-cost: unknown exit reason 'lunch'",
        "simulate --mode nested --workload synthetic:random --guest-page 8K | --guest-page: unknown page size '8K'",
    })
    void badInputIsOneLineAndExitTwo(String args, String message) {
        CommandRun r = run(args.trim().split("\\s+"));
        assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").contains(message);
    }
}
