package nestmmu.fpga.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nestmmu.fpga.cli.SynthCommand;
import nestmmu.fpga.flow.Ice40Flow;
import nestmmu.fpga.flow.ToolRunner;
import nestmmu.fpga.sim.NetlistSimulation;
import nestmmu.fpga.sim.SimulationResult;
import nestmmu.fpga.sim.UartLineTestbench;
import picocli.CommandLine;

/**
 * The small config on the HX8K breakout, end to end: {@code ./mmu synth --config small --target
 * ice40 --top board} makes a bitstream, and the netlist that went into it runs the self-test to
 * its pass line in simulation. One flow run serves every test (about a minute of the suite).
 */
class SmallBoardFlowTest {
    @TempDir
    static Path dir;
    static JsonObject result;
    static String errors;

    @BeforeAll
    static void synthesize() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SynthCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("--config", Path.of("..", "rtl", "configs", "small.json").toString(), "--target", "ice40",
                "--top", "board", "--out", dir.resolve("board").toString(), "--json");
        errors = err.toString();
        assertThat(code).as(errors).isZero();
        result = JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    @Test
    @DisplayName("synth --config small --top board: a bitstream, the tables in 4 block RAMs, timing met at the board's 12 MHz")
    void bitstream() {
        assertThat(Path.of(result.get("bitstream").getAsString())).isRegularFile();
        assertThat(result.get("brams").getAsInt()).isEqualTo(4);
        assertThat(result.get("luts").getAsInt()).isBetween(500, 7680);
        assertThat(result.get("ffs").getAsInt()).isPositive();
        assertThat(result.get("fmaxMHz").getAsDouble()).isGreaterThanOrEqualTo(12.0);
        assertThat(result.get("timingMet").getAsBoolean()).isTrue();
        assertThat(result.get("config").getAsString()).isEqualTo("small");
        JsonObject selfTest = result.getAsJsonObject("selfTest");
        assertThat(selfTest.get("passLine").getAsString()).isEqualTo("nestmmu selftest PASS 20/20");
        assertThat(Path.of(selfTest.get("listing").getAsString())).content().startsWith("# nestmmu self-test for config small");
    }

    @Test
    @DisplayName("the netlist in the bitstream runs the self-test to 'nestmmu selftest PASS 20/20' in Icarus")
    void netlistPasses(@TempDir Path sim) {
        BoardDesign board = BoardDesign.hx8k(Configs.load("small"));
        Path netlist = dir.resolve("board").resolve(Ice40Flow.NETLIST);
        assertThat(Files.isRegularFile(netlist)).isTrue();
        SimulationResult r = new NetlistSimulation(ToolRunner.withDefaultTimeout())
                .ice40FlowNetlist(netlist, board.testbench().source(), UartLineTestbench.MODULE, sim.resolve("gates"));
        assertThat(r.passed()).as(String.join("\n", r.output())).isTrue();
        assertThat(r.verdict()).isEqualTo("PASS: nestmmu selftest PASS 20/20");
    }
}
