package nestmmu.fuzz;

import static nestmmu.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nestmmu.cli.Cli;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.emit.Design;
import nestmmu.mmu.MmuGenerator;
import nestmmu.sim.verilator.BuildOptions;
import nestmmu.sim.verilator.CompiledModel;
import nestmmu.sim.verilator.Verilator;
import nestmmu.sim.verilator.VerilogDesign;

@ExtendWith(Cli.class)
class FuzzCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aShortRunOnTheRtlFindsNoMismatchAndCountsItsTranslations() {
        Cli.Result r = run("fuzz", "--engine", "rtl", "--seconds", "4", "--seed", "7", "--configs", "small", "--json",
                "--out", tmp.resolve("fuzz").toString());
        assertThat(r.code()).as(r.err() + r.out()).isZero();
        JsonObject j = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(j.get("seed").getAsLong()).isEqualTo(7);
        assertThat(j.get("mismatches").getAsInt()).isZero();
        assertThat(j.get("cases").getAsLong()).isPositive();
        assertThat(j.get("translations").getAsLong()).isGreaterThan(j.get("cases").getAsLong());
        assertThat(j.get("translationsPerSec").getAsLong()).isPositive();
        assertThat(r.err()).contains("seed 7");
        assertThat(tmp.resolve("fuzz")).doesNotExist();   // nothing to write without a mismatch
    }

    @Test
    void theSameSeedDrawsTheSameCases() {
        List<MmuConfig> family = FuzzCommand.family(Path.of(".."), null);
        SplittableRandom a = new SplittableRandom(42), b = new SplittableRandom(42);
        for (int i = 0; i < 50; i++) {
            assertThat(FuzzCase.draw(a.split(), family)).isEqualTo(FuzzCase.draw(b.split(), family));
        }
        assertThat(FuzzCase.draw(new SplittableRandom(1).split(), family))
                .isNotEqualTo(FuzzCase.draw(new SplittableRandom(2).split(), family));
    }

    /**
     * An RTL with a planted bug (its A-bit update also sets an ignored bit) mismatches on the first
     * drawn case that writes an entry back; the shrunk case keeps mismatching in a handful of
     * lines, and its replay command is a valid simulate command line (on the real RTL it passes).
     */
    @Test
    void aMismatchShrinksToAFewLinesAndPrintsAReplayCommand() throws Exception {
        MmuConfig small = MmuConfig.load(Path.of("..", "rtl", "configs", "small.json"));
        Design d = MmuGenerator.design(small);
        Map<String, String> files = new LinkedHashMap<>(d.files());
        String walker = files.get("mmu_walker.v");
        assertThat(walker).contains("(g_pte_q | 64'd32)");
        files.put("mmu_walker.v", walker.replace("(g_pte_q | 64'd32)", "(g_pte_q | 64'd544)"));
        CompiledModel buggy = Verilator.build(VerilogDesign.of(d.top(), files), BuildOptions.DEFAULT.withWaves(true));
        Fuzzer fuzzer = new Fuzzer(c -> buggy, Files.createDirectories(tmp.resolve("scratch")));

        SplittableRandom stream = new SplittableRandom(3);
        FuzzCase failing = null;
        for (int i = 0; i < 20 && failing == null; i++) {
            FuzzCase c = FuzzCase.draw(stream.split(), List.of(small));
            if (fuzzer.run(c).mismatched()) failing = c;
        }
        assertThat(failing).as("a case that exposes the planted bug within 20 draws").isNotNull();

        FuzzCase shrunk = fuzzer.shrink(failing);
        assertThat(fuzzer.run(shrunk).mismatched()).isTrue();
        assertThat(shrunk.trace().size()).isLessThan(failing.trace().size()).isLessThanOrEqualTo(6);

        Path config = tmp.resolve("config.json"), trace = tmp.resolve("case.trace");
        Files.writeString(config, shrunk.config().toJson());
        Files.writeString(trace, shrunk.traceText());
        List<String> replay = new ArrayList<>(FuzzCommand.replay(shrunk, config, trace));
        assertThat(replay.subList(0, 2)).containsExactly("./mmu", "simulate");
        List<String> args = new ArrayList<>(replay.subList(1, replay.size()));
        args.add("--json");
        Cli.Result r = run(args.toArray(String[]::new));
        assertThat(r.code()).as("the replay on the generator's own RTL: " + r.err()).isZero();
        assertThat(r.out()).contains("\"mismatches\": 0").doesNotContain("\"translations\": 0,");
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("fuzz", "--engine", "model", "--seconds", "1"), "--engine: must be rtl");
        cases.put(List.of("fuzz", "--engine", "rtl", "--seconds", "0"), "--seconds: must be between 1 and 604800, got 0");
        cases.put(List.of("fuzz", "--engine", "rtl", "--seconds", "1", "--configs", "huge"), "--configs: unknown config 'huge'");
        cases.put(List.of("fuzz", "--engine", "rtl"), "--seconds");
        cases.put(List.of("fuzz", "--engine", "rtl", "--seconds", "soon"), "soon");
        cases.forEach((args, names) -> Cli.assertBadInput(names, args.toArray(String[]::new)));
    }
}
