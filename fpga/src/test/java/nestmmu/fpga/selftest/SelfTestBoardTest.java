package nestmmu.fpga.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.fpga.flow.ToolRunner;
import nestmmu.fpga.sim.NetlistSimulation;
import nestmmu.fpga.sim.SimulationResult;
import nestmmu.fpga.sim.UartLineTestbench;

class SelfTestBoardTest {
    private static final NetlistSimulation SIM = new NetlistSimulation(ToolRunner.withDefaultTimeout());

    @Test
    @DisplayName("the small config's HX8K board top runs its self-test to the pass line in simulation")
    void smallPassesInRtlSimulation(@TempDir Path dir) {
        BoardDesign board = BoardDesign.hx8k(Configs.load("small"));
        SimulationResult r = SIM.rtl(board.design(), board.testbench().source(), UartLineTestbench.MODULE, dir.resolve("rtl"));
        assertThat(r.passed()).as(String.join("\n", r.output())).isTrue();
        assertThat(r.verdict()).isEqualTo("PASS: nestmmu selftest PASS 20/20");
    }
}
