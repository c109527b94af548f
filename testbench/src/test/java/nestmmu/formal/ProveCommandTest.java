package nestmmu.formal;

import static nestmmu.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nestmmu.cli.Cli;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.emit.Design;
import nestmmu.mmu.MmuGenerator;
import nestmmu.mmu.formal.MmuProperties;
import nestmmu.mmu.formal.MmuProperties.Property;

/**
 * The four properties are proven on the small config, and each fails — with a counterexample — on
 * a design with a bug planted where that property looks, so none of them can pass vacuously.
 */
@ExtendWith(Cli.class)
class ProveCommandTest {
    @TempDir
    Path tmp;

    @Test
    void everyPropertyOfTheSmallConfigIsProvenByInduction() {
        Cli.Result r = run("prove", "--config", "small", "--json", "--out", tmp.resolve("prove").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonObject j = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(j.get("config").getAsString()).isEqualTo("small");
        List<String> seen = new ArrayList<>();
        for (JsonElement e : j.getAsJsonArray("properties")) {
            JsonObject p = e.getAsJsonObject();
            seen.add(p.get("property").getAsString() + " " + p.get("name").getAsString());
            assertThat(p.get("status").getAsString()).as(p.toString()).isEqualTo(Prover.PROVEN);
            assertThat(p.get("depth").getAsInt()).isBetween(1, 8);
            assertThat(p.get("seconds").getAsDouble()).isPositive();
            assertThat(p.get("counterexample").isJsonNull()).isTrue();
        }
        assertThat(seen).containsExactly("a tlb-isolation", "b tlb-flush", "c walker-bound", "d walker-writes");
    }

    /** A planted bug per property: the file, the text replaced, and what replaces it. */
    static Stream<Arguments> bugs() {
        return Stream.of(
                Arguments.of("tlb-isolation", "mmu_l1_tlb.v", "(entries_3_vmid_q == key_vmid_i)", "1'b1",
                        "slot 3 hits whatever its VMID"),
                Arguments.of("tlb-flush", "mmu_l1_tlb.v", "(flush_op_i == 2'd0) | ((flush_op_i == 2'd1) & _t0)",
                        "((flush_op_i == 2'd1) & _t0)", "flush-all forgets slot 0"),
                Arguments.of("walker-bound", "mmu_walker.v", "h_level_d = h_level_q - 2'd1;", "h_level_d = h_level_q;",
                        "a host walk that never moves down a level"),
                Arguments.of("walker-writes", "mmu_walker.v", "(g_pte_q | 64'd32)", "(g_pte_q | 64'd544)",
                        "the A-bit update also sets an ignored bit"));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("bugs")
    void aPlantedBugFailsItsPropertyWithACounterexample(String property, String file, String from, String to, String bug) {
        MmuConfig small = MmuConfig.load(Path.of("..", "rtl", "configs", "small.json"));
        Design d = MmuGenerator.design(small);
        String text = d.files().get(file);
        assertThat(text).as("the generated " + file + " still has the text the bug replaces").contains(from);
        Map<String, String> files = new LinkedHashMap<>(d.files());
        files.put(file, text.replace(from, to));
        Property p = MmuProperties.of(small, new Design(d.top(), files, d.ports())).stream()
                .filter(x -> x.name().equals(property)).findFirst().orElseThrow();

        Prover.Outcome o = new Prover(12, 2).prove(p, tmp.resolve(property));
        assertThat(o.status()).isEqualTo(Prover.FAIL);
        assertThat(o.counterexample()).isNotNull();
        assertThat(Files.isRegularFile(o.counterexample())).isTrue();
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("prove", "--config", "small", "--property", "tlb-magic"), "--property: unknown property 'tlb-magic'");
        cases.put(List.of("prove", "--config", "small", "--depth", "0"), "--depth: must be between 1 and 500, got 0");
        cases.put(List.of("prove", "--config", "small", "--max-induction", "0"), "--max-induction");
        cases.put(List.of("prove", "--config", "nosuchconfig"), "nosuchconfig.json");
        cases.put(List.of("prove"), "--config");
        cases.forEach((args, names) -> Cli.assertBadInput(names, args.toArray(String[]::new)));
    }
}
