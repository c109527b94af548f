package nestmmu.sim.verilator;

/**
 * One top-level port of a compiled model and where its value lives in the image that Java and
 * the native shim share. Values are stored little-endian in 64-bit slots: a port of {@code width}
 * bits takes {@code ceil(width / 64)} consecutive slots of the input image (if it can be driven)
 * and of the output image (if the model drives it).
 *
 * @param name      the name in the Verilog source (Verilator's C++ name decoded)
 * @param cName     the C++ member name Verilator gave it
 * @param index     position in the model's port list; the native side addresses ports by it
 * @param direction input, output or inout
 * @param width     bits
 * @param inSlot    first slot in the input image, or -1 for an output
 * @param outSlot   first slot in the output image, or -1 for an input
 */
public record Port(String name, String cName, int index, PortDirection direction, int width,
                   int inSlot, int outSlot) {

    public Port {
        if (width < 1) throw new IllegalArgumentException("port " + name + ": width " + width);
    }

    /** 64-bit slots the value takes. */
    public int slots() {
        return (width + 63) >>> 6;
    }

    /** Wider than a Java long: read and write it as a {@link java.math.BigInteger}. */
    public boolean wide() {
        return width > 64;
    }

    /** Mask of the bits that belong to the port in its top slot. */
    long topSlotMask() {
        int bits = width - 64 * (slots() - 1);
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    @Override
    public String toString() {
        String dir = switch (direction) {
            case INPUT -> "input";
            case OUTPUT -> "output";
            case INOUT -> "inout";
        };
        return dir + (width > 1 ? " [" + (width - 1) + ":0] " : " ") + name;
    }
}
