package nestmmu.fpga.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.fpga.Fixtures;

class XilinxFlowTest {
    private static final XilinxFlow FLOW = new XilinxFlow(XilinxPart.XC7A35T, ToolRunner.withDefaultTimeout());

    @Test
    @DisplayName("a core alone on the Artix-7: LUTs, flip-flops, no block RAM and no I/O buffers")
    void counterAsCore(@TempDir Path dir) {
        XilinxResult r = FLOW.run(Design.of("uart_counter", Fixtures.source("uart_counter.v")), false, dir.resolve("core"));
        Utilization u = r.utilization();
        assertThat(u.ffs()).isBetween(40, 46);
        assertThat(u.luts()).isBetween(10, 120);
        assertThat(u.brams()).isZero();
        assertThat(u.cells()).containsKey("FDRE").doesNotContainKeys("IBUF", "OBUF");
        assertThat(r.directory().resolve("synth.log")).isRegularFile();
        assertThat(r.part().luts()).isEqualTo(20800);
    }

    @Test
    @DisplayName("a board top gets I/O buffers, and a 256 x 16 memory is half a block RAM tile (one RAMB18E1)")
    void ramAsBoardTop(@TempDir Path dir) {
        XilinxResult r = FLOW.run(Design.of("ram256", Fixtures.source("ram256.v")), true, dir.resolve("board"));
        assertThat(r.utilization().cells()).containsEntry("RAMB18E1", 1).containsEntry("OBUF", 16);
        assertThat(r.utilization().brams()).isEqualTo(0.5);
        assertThat(r.utilization().bramsNumber()).isEqualTo(0.5);
    }
}
