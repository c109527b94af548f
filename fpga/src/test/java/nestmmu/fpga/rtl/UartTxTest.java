package nestmmu.fpga.rtl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.fpga.testing.Rtl;
import nestmmu.fpga.testing.Seeds;
import nestmmu.fpga.testing.UartReceiver;
import nestmmu.hdl.emit.Design;
import nestmmu.hdl.tools.Lint;
import nestmmu.sim.verilator.Simulation;

class UartTxTest {

    @ParameterizedTest(name = "{0} clocks per bit")
    @ValueSource(ints = {2, 5, 16})
    @DisplayName("every byte offered goes out as an exact 8N1 frame, back to back when offered back to back")
    void framesAreExact(int clocksPerBit) {
        SplittableRandom random = Seeds.random("UartTxTest c=" + clocksPerBit);
        try (Simulation sim = Rtl.open(() -> new UartTx(clocksPerBit))) {
            sim.set("rst_i", 1).tick();
            sim.set("rst_i", 0);
            List<Integer> sent = new ArrayList<>();
            // the line the transmitter must produce, built from the handshakes we see
            List<Boolean> expected = new ArrayList<>();
            List<Boolean> seen = new ArrayList<>();
            int pending = -1;
            int gap = 0;
            int lastFire = -1;
            int offeredAt = -1;
            int backToBack = 0;
            while (sent.size() < 40) {
                if (pending < 0 && gap-- <= 0) {
                    pending = random.nextInt(256);
                    offeredAt = seen.size();
                    gap = random.nextInt(3) == 0 ? random.nextInt(3 * clocksPerBit * 10) : 0;
                }
                sim.set("in_valid_i", pending >= 0 ? 1 : 0).set("in_bits_i", Math.max(pending, 0));
                boolean fire = pending >= 0 && sim.get("in_ready_o") == 1;
                seen.add(sim.get("tx_o") == 1);
                sim.tick();
                if (fire) {
                    int now = seen.size() - 1;
                    if (lastFire >= 0 && offeredAt == lastFire + 1) {
                        assertThat(now - lastFire).as("a byte waiting since the last one was taken").isEqualTo(10 * clocksPerBit);
                        backToBack++;
                    }
                    lastFire = now;
                    sent.add(pending);
                    // the line after this edge: start, 8 data bits, stop
                    while (expected.size() < seen.size()) expected.add(true);
                    frame(pending, clocksPerBit, expected);
                    pending = -1;
                }
            }
            sim.set("in_valid_i", 0);
            for (int i = 0; i < 11 * clocksPerBit; i++) {
                seen.add(sim.get("tx_o") == 1);
                sim.tick();
            }
            while (expected.size() < seen.size()) expected.add(true);
            for (int i = 0; i < seen.size(); i++) {
                assertThat(seen.get(i)).as("line level in cycle %d", i).isEqualTo(expected.get(i));
            }
            assertThat(backToBack).isGreaterThan(10);
            UartReceiver rx = new UartReceiver(clocksPerBit);
            seen.forEach(rx::sample);
            assertThat(rx.framingErrors()).isZero();
            List<Integer> got = new ArrayList<>();
            for (byte b : rx.bytes()) got.add(b & 0xff);
            assertThat(got).isEqualTo(sent);
        }
    }

    /** One frame as line levels, cycle by cycle, starting the cycle after the byte was taken. */
    private static void frame(int value, int clocksPerBit, List<Boolean> line) {
        List<Boolean> bits = new ArrayList<>();
        bits.add(false);
        for (int b = 0; b < 8; b++) bits.add(((value >> b) & 1) == 1);
        bits.add(true);
        for (boolean bit : bits) for (int c = 0; c < clocksPerBit; c++) line.add(bit);
    }

    @Test
    @DisplayName("the transmitter is lint-clean and 115200 baud is 104 clocks a bit at 12 MHz, 868 at 100 MHz")
    void lintAndBaud() {
        Design d = Design.verilog(() -> new UartTx(104));
        Lint.all(d);
        assertThat(UartTx.clocksPerBit(12e6, 115200)).isEqualTo(104);
        assertThat(UartTx.clocksPerBit(100e6, 115200)).isEqualTo(868);
    }
}
