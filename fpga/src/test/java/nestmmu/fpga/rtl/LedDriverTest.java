package nestmmu.fpga.rtl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.fpga.testing.Rtl;
import nestmmu.hdl.emit.Design;
import nestmmu.hdl.tools.Lint;
import nestmmu.sim.verilator.Simulation;

class LedDriverTest {

    @Test
    @DisplayName("off and on LEDs hold, slow ones toggle every 2^slowBit cycles and fast ones four times as often")
    void modes() {
        int slowBit = 4;
        Design d = Design.verilog(() -> new LedDriver(4, slowBit));
        Lint.all(d);
        try (Simulation sim = Rtl.open(d)) {
            sim.set("rst_i", 1).tick();
            sim.set("rst_i", 0);
            sim.set("mode_0_i", LedMode.OFF.code()).set("mode_1_i", LedMode.ON.code())
               .set("mode_2_i", LedMode.BLINK_SLOW.code()).set("mode_3_i", LedMode.BLINK_FAST.code());
            List<Integer> slowToggles = new ArrayList<>();
            List<Integer> fastToggles = new ArrayList<>();
            long previous = -1;
            int cycles = 4 << slowBit + 1;
            for (int i = 0; i < cycles; i++) {
                sim.tick();
                long led = sim.get("led_o");
                if (i > 0) {
                    assertThat(led & 1).as("LED 0 is off").isZero();
                    assertThat(led >> 1 & 1).as("LED 1 is on").isEqualTo(1);
                    if (((led ^ previous) >> 2 & 1) == 1) slowToggles.add(i);
                    if (((led ^ previous) >> 3 & 1) == 1) fastToggles.add(i);
                }
                previous = led;
            }
            assertThat(slowToggles).hasSizeGreaterThan(3);
            assertThat(fastToggles).hasSizeGreaterThan(12);
            for (int k = 1; k < slowToggles.size(); k++) assertThat(slowToggles.get(k) - slowToggles.get(k - 1)).isEqualTo(1 << slowBit);
            for (int k = 1; k < fastToggles.size(); k++) assertThat(fastToggles.get(k) - fastToggles.get(k - 1)).isEqualTo(1 << (slowBit - 2));
        }
        assertThat(LedDriver.slowBitFor(12e6)).isEqualTo(22);
    }
}
