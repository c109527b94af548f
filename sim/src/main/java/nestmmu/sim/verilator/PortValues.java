package nestmmu.sim.verilator;

import java.math.BigInteger;
import java.nio.ByteBuffer;

/**
 * Encodes and decodes a port's value in the slot layout of {@link Port}. A value may be given
 * as an unsigned number below 2^width or as a negative two's-complement number down to
 * -2^(width-1); anything else does not fit the port and is refused, never silently cut.
 */
final class PortValues {
    private PortValues() {}

    static void write(ByteBuffer buf, int offset, Port port, long value) {
        int w = port.width();
        if (w < 64 && (value >>> w) != 0 && (value >> (w - 1)) != -1L) {
            throw new IllegalArgumentException(doesNotFit(port, Long.toString(value)));
        }
        int slots = port.slots();
        buf.putLong(offset, slots == 1 ? value & port.topSlotMask() : value);
        long extension = value < 0 ? -1L : 0L;
        for (int k = 1; k < slots; k++) {
            buf.putLong(offset + 8 * k, k == slots - 1 ? extension & port.topSlotMask() : extension);
        }
    }

    static void write(ByteBuffer buf, int offset, Port port, BigInteger value) {
        int w = port.width();
        boolean fits = value.signum() >= 0 ? value.bitLength() <= w : value.bitLength() <= w - 1;
        if (!fits) throw new IllegalArgumentException(doesNotFit(port, value.toString()));
        int slots = port.slots();
        for (int k = 0; k < slots; k++) {
            long word = value.shiftRight(64 * k).longValue();
            buf.putLong(offset + 8 * k, k == slots - 1 ? word & port.topSlotMask() : word);
        }
    }

    static long readLong(ByteBuffer buf, int offset, Port port) {
        if (port.wide()) {
            throw new IllegalArgumentException("port " + port.name() + " is " + port.width()
                    + " bits wide; read it as a BigInteger");
        }
        return buf.getLong(offset);
    }

    static BigInteger readBig(ByteBuffer buf, int offset, Port port) {
        BigInteger value = BigInteger.ZERO;
        for (int k = port.slots() - 1; k >= 0; k--) {
            value = value.shiftLeft(64).or(unsigned(buf.getLong(offset + 8 * k)));
        }
        return value;
    }

    static BigInteger unsigned(long word) {
        BigInteger v = BigInteger.valueOf(word);
        return word >= 0 ? v : v.add(BigInteger.ONE.shiftLeft(64));
    }

    private static String doesNotFit(Port port, String value) {
        return "value " + value + " does not fit port " + port.name() + " (" + port.width() + " bits)";
    }
}
