package nestmmu.fpga.testing;

import java.io.ByteArrayOutputStream;

/**
 * Decodes an 8N1 line sampled once per clock, as a PC's UART would: a falling edge while idle
 * starts a frame, each bit is sampled in its middle, a low stop bit is a framing error.
 */
public final class UartReceiver {
    private final int clocksPerBit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean previous = true;
    private long cycle;
    private long frameStart = -1;
    private int framingErrors;

    public UartReceiver(int clocksPerBit) {
        this.clocksPerBit = clocksPerBit;
    }

    private int shift;
    private int bit;

    /** The line's level in the next cycle. */
    public void sample(boolean line) {
        if (frameStart < 0) {
            if (previous && !line) {
                frameStart = cycle;
                bit = 0;
                shift = 0;
            }
        } else {
            long t = cycle - frameStart;
            long middle = (long) bit * clocksPerBit + clocksPerBit / 2;
            if (t == middle) {
                if (bit == 0) {
                    if (line) frameStart = -1; // a glitch, not a start bit
                } else if (bit <= 8) {
                    if (line) shift |= 1 << (bit - 1);
                } else {
                    if (!line) framingErrors++;
                    else bytes.write(shift);
                    frameStart = -1;
                }
                bit++;
            }
        }
        previous = line;
        cycle++;
    }

    public byte[] bytes() { return bytes.toByteArray(); }

    public String text() { return bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1); }

    public int framingErrors() { return framingErrors; }
}
