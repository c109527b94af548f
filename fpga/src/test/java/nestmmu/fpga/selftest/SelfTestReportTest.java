package nestmmu.fpga.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.fpga.testing.Rtl;
import nestmmu.fpga.testing.UartReceiver;
import nestmmu.hdl.emit.Design;
import nestmmu.hdl.tools.Lint;
import nestmmu.sim.verilator.Simulation;

class SelfTestReportTest {
    private static final int CLOCKS_PER_BIT = 4;
    private static final int REPEAT = 3000;
    private static Design design;

    @BeforeAll
    static void build() {
        design = Design.verilog(() -> new SelfTestReport(20, CLOCKS_PER_BIT, REPEAT));
        Lint.all(design);
    }

    /** What the line carries for this verdict over {@code cycles} cycles after {@code done} rises. */
    private static String lines(boolean passed, boolean timeout, int passes, int step, int cycles) {
        try (Simulation sim = Rtl.open(design)) {
            sim.set("rst_i", 1).tick();
            sim.set("rst_i", 0);
            UartReceiver rx = new UartReceiver(CLOCKS_PER_BIT);
            for (int i = 0; i < 50; i++) {
                rx.sample(sim.get("tx_o") == 1);
                sim.tick();
            }
            assertThat(rx.bytes()).as("nothing before the test is done").isEmpty();
            sim.set("done_i", 1).set("passed_i", passed ? 1 : 0).set("timeout_i", timeout ? 1 : 0)
               .set("pass_digit_1_i", passes / 10).set("pass_digit_0_i", passes % 10)
               .set("step_digit_1_i", step / 10).set("step_digit_0_i", step % 10);
            for (int i = 0; i < cycles; i++) {
                rx.sample(sim.get("tx_o") == 1);
                sim.tick();
            }
            assertThat(rx.framingErrors()).isZero();
            return rx.text();
        }
    }

    @Test
    @DisplayName("a pass prints the PASS line with the count, and prints it again after the repeat interval")
    void pass() {
        String once = "nestmmu selftest PASS 20/20\r\n";
        assertThat(SelfTestReport.passLine(20) + "\r\n").isEqualTo(once);
        int lineCycles = once.length() * 10 * CLOCKS_PER_BIT;
        assertThat(lines(true, false, 20, 0, lineCycles + 10)).isEqualTo(once);
        assertThat(lines(true, false, 20, 0, 2 * lineCycles + REPEAT + 10)).isEqualTo(once + once);
    }

    @Test
    @DisplayName("a mismatch and a timeout print FAIL with the count and the step")
    void failures() {
        assertThat(lines(false, false, 19, 7, 3000)).isEqualTo("nestmmu selftest FAIL 19/20, first mismatch at step 07\r\n");
        assertThat(lines(false, true, 6, 13, 3000)).isEqualTo("nestmmu selftest FAIL 06/20, timeout at step 13\r\n");
    }
}
