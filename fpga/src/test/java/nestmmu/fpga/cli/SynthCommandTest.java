package nestmmu.fpga.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nestmmu.fpga.Fixtures;
import nestmmu.io.BadInputException;
import picocli.CommandLine;

class SynthCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command as ./mmu does: bad input is exit 2 with one line on stderr. */
    private int run(String... args) {
        CommandLine cl = new CommandLine(new SynthCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            if (!(ex instanceof BadInputException)) throw ex;
            c.getErr().println("synth: error: " + ex.getMessage());
            return 2;
        });
        return cl.execute(args);
    }

    private static String fixture(String name) {
        return Fixtures.DIRECTORY.resolve(name).toString();
    }

    private JsonObject json() {
        return JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    @Test
    @DisplayName("ice40 core --json: luts, ffs, brams, fmaxMHz, bitstream first, then the wrapper apart")
    void ice40Core(@TempDir Path dir) {
        int code = run("--target", "ice40", "--verilog", fixture("ram256.v"), "--module", "ram256", "--out", dir.resolve("o").toString(), "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonObject j = json();
        List<String> keys = new ArrayList<>(j.keySet());
        assertThat(keys.subList(0, 5)).containsExactly("luts", "ffs", "brams", "fmaxMHz", "bitstream");
        assertThat(j.get("brams").getAsInt()).isEqualTo(1);
        assertThat(j.get("fmaxMHz").getAsDouble()).isPositive();
        assertThat(j.get("bitstream").isJsonNull()).isTrue();
        assertThat(j.get("clockPort").getAsString()).isEqualTo("clk_i");
        assertThat(j.getAsJsonObject("wrapper").get("ffs").getAsInt()).isEqualTo(8 + 16 + 8 + 1 + 2 * 16);
    }

    @Test
    @DisplayName("ice40 board: the counter becomes a bitstream for the HX8K breakout")
    void ice40Board(@TempDir Path dir) {
        int code = run("--target", "ice40", "--top", "board", "--verilog", fixture("uart_counter.v"), "--module", "uart_counter",
                "--out", dir.resolve("b").toString(), "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonObject j = json();
        assertThat(Path.of(j.get("bitstream").getAsString())).isRegularFile().isEqualTo(dir.resolve("b").resolve("bitstream.bin"));
        assertThat(j.get("board").getAsString()).isEqualTo("hx8k-breakout");
        assertThat(j.get("targetMHz").getAsDouble()).isEqualTo(12.0);
    }

    @Test
    @DisplayName("xilinx: utilization only, so fmaxMHz and bitstream are null; --param reaches yosys")
    void xilinx(@TempDir Path dir) {
        int code = run("--target", "xilinx", "--verilog", fixture("wide_cam.v"), "--module", "wide_cam",
                "--param", "KEY_BITS=8", "--param", "VALUE_BITS=4", "--out", dir.resolve("x").toString(), "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonObject j = json();
        assertThat(j.get("fmaxMHz").isJsonNull()).isTrue();
        assertThat(j.get("bitstream").isJsonNull()).isTrue();
        assertThat(j.get("ffs").getAsInt()).isEqualTo(4 * (8 + 4) + 4 + 1 + 4);
        assertThat(j.get("device").getAsString()).isEqualTo("xc7a35ticsg324-1L");
        assertThat(j.get("fits").getAsBoolean()).isTrue();
    }

    @Test
    @DisplayName("the text report names the module, its counts and where the files are")
    void table(@TempDir Path dir) {
        assertThat(run("--target", "xilinx", "--top", "board", "--verilog", fixture("ram256.v"), "--module", "ram256",
                "--out", dir.resolve("t").toString())).isZero();
        assertThat(out.toString()).startsWith("ram256 on xc7a35ticsg324-1L (board)\n").contains("BRAMs      0.5")
                .contains("no place and route");
    }

    @Test
    @DisplayName("options that do not apply, and missing files, are bad input")
    void badInput(@TempDir Path dir) {
        for (Map.Entry<String[], String> c : Map.of(
                new String[] {"--target", "xilinx", "--seed", "3", "--verilog", fixture("ram256.v"), "--module", "ram256"}, "--seed: only for --target ice40",
                new String[] {"--target", "ice40", "--top", "board", "--clock", "clk_i", "--verilog", fixture("ram256.v"), "--module", "ram256"}, "--clock: only for",
                new String[] {"--target", "ice40", "--verilog", dir.resolve("nope.v").toString(), "--module", "m"}, "nope.v: no such file",
                new String[] {"--target", "ice40", "--verilog", fixture("ram256.v"), "--module", "ram256", "--freq", "0"}, "--freq: must be in").entrySet()) {
            err.getBuffer().setLength(0);
            assertThat(run(c.getKey())).isEqualTo(2);
            assertThat(err.toString()).contains(c.getValue());
        }
    }

    @Test
    @DisplayName("a tool failure is exit 1 with the tool's own error")
    void toolFailure(@TempDir Path dir) {
        assertThat(run("--target", "xilinx", "--verilog", fixture("ram256.v"), "--module", "nosuchmodule",
                "--out", dir.resolve("f").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("yosys failed").contains("nosuchmodule");
    }

    @Test
    @DisplayName("--config or --verilog/--module, one of them; --param only with Verilog; a bad config names its field")
    void configChoice(@TempDir Path dir) throws Exception {
        String small = Path.of("..", "rtl", "configs", "small.json").toString();
        Path bad = java.nio.file.Files.writeString(dir.resolve("bad.json"), "{\"physAddrBits\": 99, \"l1Tlb\": {\"entries\": 8}}");
        for (Map.Entry<String[], String> c : Map.of(
                new String[] {"--target", "ice40"}, "give --config F, or --verilog FILE... --module NAME",
                new String[] {"--target", "ice40", "--config", small, "--module", "x"}, "not both",
                new String[] {"--target", "ice40", "--config", small, "--param", "A=1"}, "--param: only with --verilog",
                new String[] {"--target", "xilinx", "--config", bad.toString()}, "physAddrBits: must be between 32 and 52, got 99",
                new String[] {"--target", "xilinx", "--config", dir.resolve("none.json").toString()}, "no such config file").entrySet()) {
            err.getBuffer().setLength(0);
            assertThat(run(c.getKey())).as(String.join(" ", c.getKey())).isEqualTo(2);
            assertThat(err.toString()).contains(c.getValue());
        }
    }
}
