package nestmmu.fpga.ooc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.fpga.Fixtures;
import nestmmu.fpga.flow.CellLibrary;
import nestmmu.fpga.flow.Design;
import nestmmu.fpga.flow.Ice40Board;
import nestmmu.fpga.flow.Ice40Device;
import nestmmu.fpga.flow.Ice40Options;
import nestmmu.fpga.flow.ToolRunner;
import nestmmu.fpga.flow.Utilization;
import nestmmu.fpga.flow.YosysScript;
import nestmmu.fpga.flow.YosysStat;

class OocCoreFlowTest {
    private static final ToolRunner RUNNER = ToolRunner.withDefaultTimeout();
    private static final OocCoreFlow FLOW =
            new OocCoreFlow(Ice40Board.HX8K_BREAKOUT, Ice40Options.of(Ice40Device.HX8K_CT256, 60), RUNNER);
    private static final Design CAM = Design.of("wide_cam", Fixtures.source("wide_cam.v"));

    @TempDir
    static Path shared;
    private static OocResult cam;

    @BeforeAll
    static void placeTheWideCam() {
        cam = FLOW.run(CAM, Optional.empty(), shared.resolve("cam"));
    }

    @Test
    @DisplayName("a core with more port bits than the package has pins is placed, routed and packed")
    void morePinsThanThePackage() throws Exception {
        int portBits = cam.ports().ports().stream().mapToInt(CorePort::width).sum();
        assertThat(portBits).isEqualTo(1 + 185 + 53).isGreaterThan(206);
        assertThat(cam.clockPort()).isEqualTo("clk_i");
        assertThat(Files.size(cam.placed().bitstream())).isGreaterThan(0);
        assertThat(cam.placed().timing().resources().get("SB_IO").used()).isEqualTo(3);
        assertThat(cam.fmaxMHz()).isBetween(10.0, 500.0);
    }

    @Test
    @DisplayName("the core's own utilization is the core synthesized alone: the wrapper removed nothing")
    void coreCountsMatchTheCoreAlone(@TempDir Path dir) {
        YosysScript.elaborating(CAM, dir).then("synth_ice40 -top wide_cam").statJsonTo("alone.json").run(RUNNER, dir, "alone");
        Utilization alone = CellLibrary.ICE40.utilization(YosysStat.read(dir.resolve("alone.json")).design());
        // 4 x (64 key + 52 value) + 4 valid + 1 hit + 52 value out
        assertThat(cam.core().ffs()).isEqualTo(alone.ffs()).isEqualTo(4 * (64 + 52) + 4 + 1 + 52);
        assertThat(cam.core().cells().get("SB_CARRY")).isEqualTo(alone.cells().get("SB_CARRY"));
        // ABC maps the same logic to a LUT more or less in another context (558 alone, 559 here)
        assertThat(cam.core().luts()).isCloseTo(alone.luts(), org.assertj.core.data.Percentage.withPercentage(1));
    }

    @Test
    @DisplayName("the wrapper is counted apart: one stimulus flip-flop per input bit, a capture and a signature flip-flop per output bit")
    void wrapperCountedApart() {
        assertThat(cam.wrapper().ffs()).isEqualTo(185 + 2 * 53);
        assertThat(cam.wrapper().cells()).containsEntry("wide_cam", 1);
        assertThat(cam.placed().utilization().ffs()).isEqualTo(cam.core().ffs() + cam.wrapper().ffs());
    }

    @Test
    @DisplayName("parameter overrides reach both the port list and synthesis")
    void parameters(@TempDir Path dir) {
        OocResult narrow = FLOW.run(CAM.withParameter("KEY_BITS", 16).withParameter("VALUE_BITS", 8), Optional.empty(), dir.resolve("n"));
        int inputBits = CoreInterface.bits(narrow.ports().dataInputs(narrow.ports().clock(Optional.empty())));
        assertThat(inputBits).isEqualTo(1 + 1 + 2 + 16 + 8 + 1 + 16);
        assertThat(narrow.core().ffs()).isEqualTo(4 * (16 + 8) + 4 + 1 + 8);
    }

    @Test
    @DisplayName("a memory in the core is counted as the core's block RAM")
    void blockRamInTheCore(@TempDir Path dir) {
        OocResult ram = FLOW.run(Design.of("ram256", Fixtures.source("ram256.v")), Optional.of("clk_i"), dir.resolve("ram"));
        assertThat(ram.core().brams()).isEqualTo(1.0);
        assertThat(ram.wrapper().brams()).isZero();
        assertThat(ram.placed().timing().resources().get("ICESTORM_RAM").used()).isEqualTo(1);
    }
}
