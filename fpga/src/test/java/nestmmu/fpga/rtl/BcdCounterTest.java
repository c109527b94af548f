package nestmmu.fpga.rtl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.fpga.testing.Rtl;
import nestmmu.fpga.testing.Seeds;
import nestmmu.hdl.emit.Design;
import nestmmu.hdl.tools.Lint;
import nestmmu.sim.verilator.Simulation;

class BcdCounterTest {

    @Test
    @DisplayName("three BCD digits count the increments in decimal and wrap from 999 to 000")
    void countsInDecimal() {
        Design d = Design.verilog(() -> new BcdCounter(3));
        Lint.all(d);
        SplittableRandom random = Seeds.random("BcdCounterTest");
        try (Simulation sim = Rtl.open(d)) {
            sim.set("rst_i", 1).tick();
            sim.set("rst_i", 0);
            int count = 0;
            for (int i = 0; i < 2500; i++) {
                boolean inc = random.nextInt(4) != 0;
                sim.set("inc_i", inc ? 1 : 0).tick();
                if (inc) count = (count + 1) % 1000;
                long shown = sim.get("digit_2_o") * 100 + sim.get("digit_1_o") * 10 + sim.get("digit_0_o");
                assertThat(shown).as("after %d cycles", i + 1).isEqualTo(count);
            }
        }
    }
}
