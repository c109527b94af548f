package nestmmu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code ./mmu generate}: writes the config's Verilog, says what it wrote; bad input is one line and exit 2. */
class GenerateCommandTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesEveryModuleOfTheConfigAndListsThem(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("small");
        Run r = run("generate", "--config", "../rtl/configs/small.json", "--out", out.toString());
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
        Run r = run("generate", "--config", config.toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("l1Tlb.entries").contains("power of two").contains("12");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingConfigIsOneLineAndExitTwo(@TempDir Path tmp) {
        Run r = run("generate", "--config", tmp.resolve("nope.json").toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("no such config file");
    }

    @Test
    void aDirectoryHoldingOtherFilesIsRefused(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "keep me");
        Run r = run("generate", "--config", "../rtl/configs/small.json", "--out", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("notes.txt");
        assertThat(tmp.resolve("notes.txt")).exists();
    }
}
