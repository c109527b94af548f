package nestmmu.fpga.selftest;

import nestmmu.fpga.rtl.LedDriver;
import nestmmu.fpga.rtl.UartTx;

/**
 * How a self-test system fits its board: the board's clock, its LED count, the UART's baud rate,
 * how often the verdict line repeats, and how long one step may take before it counts as hung.
 */
public record SelfTestOptions(double clockHz, int leds, int baud, double repeatSeconds, int watchdogBits) {
    public static final int BAUD = 115_200;
    public static final double REPEAT_SECONDS = 1.0;
    /** 65536 cycles: a cold nested walk takes under a hundred. */
    public static final int WATCHDOG_BITS = 16;
    /** The LEDs every board top drives, from {@code led_o[0]}. */
    public static final int MIN_LEDS = 4;

    public SelfTestOptions {
        if (leds < MIN_LEDS) throw new IllegalArgumentException("a self-test board needs at least " + MIN_LEDS + " LEDs, got " + leds);
        if (repeatSeconds < 0) throw new IllegalArgumentException("repeatSeconds must not be negative");
    }

    /** 115200 baud, the line once a second. */
    public static SelfTestOptions forBoard(double clockHz, int leds) {
        return new SelfTestOptions(clockHz, leds, BAUD, REPEAT_SECONDS, WATCHDOG_BITS);
    }

    public int clocksPerBit() {
        return UartTx.clocksPerBit(clockHz, baud);
    }

    /** 0: the line goes out once. */
    public long repeatCycles() {
        return Math.round(repeatSeconds * clockHz);
    }

    public int slowBlinkBit() {
        return LedDriver.slowBitFor(clockHz);
    }
}
