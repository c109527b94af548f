package nestmmu.fpga.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.fpga.flow.ToolRunner;
import nestmmu.fpga.sim.NetlistSimulation;
import nestmmu.fpga.sim.SimulationResult;
import nestmmu.fpga.sim.UartLineTestbench;

class SelfTestBoardTest {
    private static final NetlistSimulation SIM = new NetlistSimulation(ToolRunner.withDefaultTimeout());

    private static SimulationResult rtl(BoardDesign board, Path dir) {
        return SIM.rtl(board.design(), board.testbench().source(), UartLineTestbench.MODULE, dir);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"small", "default", "large"})
    @DisplayName("each config's HX8K board top runs its self-test to the pass line in simulation")
    void hx8kPasses(String config, @TempDir Path dir) {
        SimulationResult r = rtl(BoardDesign.hx8k(Configs.load(config)), dir.resolve("rtl"));
        assertThat(r.passed()).as(String.join("\n", r.output())).isTrue();
        assertThat(r.verdict()).isEqualTo("PASS: nestmmu selftest PASS 20/20");
    }

    @Test
    @DisplayName("the Arty top of the small config passes too, at 868 clocks a bit from 100 MHz")
    void artyPasses(@TempDir Path dir) {
        BoardDesign board = BoardDesign.arty(Configs.load("small"));
        assertThat(board.options().clocksPerBit()).isEqualTo(868);
        assertThat(board.options().leds()).isEqualTo(4);
        SimulationResult r = rtl(board, dir.resolve("rtl"));
        assertThat(r.passed()).as(String.join("\n", r.output())).isTrue();
    }
}
