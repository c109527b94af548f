package nestmmu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./mmu generate}: writes the config's Verilog, says what it wrote; bad input is one line and exit 2. */
class GenerateCommandTest {
    @Test
    void writesEveryModuleOfTheConfigAndListsThem(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("small");
        Cli.Result r = Cli.run("generate", "--config", "../rtl/configs/small.json", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("mmu_top.v"))).contains("module mmu_top (");
        assertThat(r.out()).contains("generated mmu_top for config small").contains(out.resolve("mmu_walker.v").toString());
        try (var files = Files.list(out)) {
            assertThat(files.count()).isEqualTo(r.out().lines().filter(l -> l.contains(".v ")).count());
        }
    }

    @Test
    void aBadConfigIsOneLineAndExitTwo(@TempDir Path tmp) throws IOException {
        Path config = tmp.resolve("bad.json");
        Files.writeString(config, "{\"l1Tlb\": {\"entries\": 12}}");
        Cli.Result r = Cli.run("generate", "--config", config.toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("l1Tlb.entries").contains("power of two").contains("12");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingConfigIsOneLineAndExitTwo(@TempDir Path tmp) {
        Cli.Result r = Cli.run("generate", "--config", tmp.resolve("nope.json").toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("no such config file");
    }

    @Test
    void aDirectoryHoldingOtherFilesIsRefused(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "keep me");
        Cli.Result r = Cli.run("generate", "--config", "../rtl/configs/small.json", "--out", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("notes.txt");
        assertThat(tmp.resolve("notes.txt")).exists();
    }
}
