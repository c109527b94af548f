package nestmmu.fpga.selftest;

/**
 * What the self-test's LEDs mean; LEDs above {@link #FAILED} stay off.
 * <ul>
 *   <li>{@link #ALIVE}: blinks slowly as long as the bitstream runs;</li>
 *   <li>{@link #RUNNING}: on while the script runs;</li>
 *   <li>{@link #PASSED}: on when every answer matched the model's;</li>
 *   <li>{@link #FAILED}: blinks fast when an answer differed or a step hung.</li>
 * </ul>
 */
public final class SelfTestLeds {
    public static final int ALIVE = 0;
    public static final int RUNNING = 1;
    public static final int PASSED = 2;
    public static final int FAILED = 3;

    private SelfTestLeds() {}

    /** The mask of the LEDs a test of the verdict may look at (ALIVE blinks). */
    public static long verdictMask() {
        return 1L << RUNNING | 1L << PASSED | 1L << FAILED;
    }

    /** Those LEDs right after a pass (FAILED is off; it would blink on a failure). */
    public static long passed() {
        return 1L << PASSED;
    }
}
