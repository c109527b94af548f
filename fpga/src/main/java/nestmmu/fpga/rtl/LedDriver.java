package nestmmu.fpga.rtl;

import static nestmmu.hdl.Hw.cat;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vec;

import java.util.ArrayList;
import java.util.List;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.Vec;

/**
 * Drives {@code leds} LEDs, each off, on, or blinking slowly (about once a second) or fast (four
 * times as often), as its {@link LedMode} on {@code mode_i} says. One free-running counter makes
 * both blink rates, so every blinking LED is in phase. The outputs come from flip-flops.
 *
 * <p>Ports: {@code mode_i} (a Vec: {@code mode_0_i}, ... 2 bits each), {@code led_o} ({@code leds} bits,
 * bit k is LED k).
 */
public final class LedDriver extends Module {
    public final Vec<UInt> mode;
    public final UInt led;

    /** {@code slowBit}: the counter bit whose value is the slow blink; it toggles every 2^slowBit cycles. */
    public LedDriver(int leds, int slowBit) {
        super("led_driver_n" + leds + "_b" + slowBit);
        if (leds < 1) throw new IllegalArgumentException("at least one LED");
        if (slowBit < 3) throw new IllegalArgumentException("slowBit must be at least 3, got " + slowBit);
        mode = input("mode", vec(leds, uint(LedMode.BITS)));
        led = output("led", uint(leds));

        UInt phase = regInit("phase", lit(0, slowBit + 1));
        phase.set(phase.add(1));
        Bool slow = node("slow", phase.bit(slowBit));
        Bool fast = node("fast", phase.bit(slowBit - 2));
        List<UInt> lit = new ArrayList<>();
        for (int k = leds - 1; k >= 0; k--) {
            UInt m = mode.get(k);
            lit.add(mux(m.bit(1), mux(m.bit(0), fast, slow), m.bit(0)));
        }
        UInt shown = regInit("shown", lit(0, leds));
        shown.set(cat(lit));
        led.set(shown);
    }

    /** The slow-blink bit for a clock of {@code clockHz}: the slow LED changes about every half second to second. */
    public static int slowBitFor(double clockHz) {
        return Math.max(3, (int) Math.floor(Math.log(clockHz) / Math.log(2)) - 1);
    }
}
