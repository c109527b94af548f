package nestmmu.fpga.rtl;

/** What one LED of a {@link LedDriver} shows; {@link #code()} is its value on the driver's mode input. */
public enum LedMode {
    OFF(0), ON(1), BLINK_SLOW(2), BLINK_FAST(3);

    /** Bits of one LED's mode. */
    public static final int BITS = 2;

    private final int code;

    LedMode(int code) { this.code = code; }

    public int code() { return code; }
}
