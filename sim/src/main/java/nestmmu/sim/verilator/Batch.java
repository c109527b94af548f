package nestmmu.sim.verilator;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Per-cycle inputs and outputs for {@link Simulation#step}: cycle i's input image (every drivable
 * port) and output image (every observable port), in native memory the shim reads and writes
 * directly. Reuse one batch for many steps; inputs keep their values until overwritten, so a
 * port that stays constant needs setting only once per cycle slot.
 */
public final class Batch {
    private final PortList ports;
    private final int cycles;
    private final ByteBuffer in;
    private final ByteBuffer out;
    private final long inAddress;
    private final long outAddress;
    private final int inStride;
    private final int outStride;

    Batch(PortList ports, int cycles) {
        if (cycles < 1) throw new IllegalArgumentException("a batch needs at least one cycle, not " + cycles);
        this.ports = ports;
        this.cycles = cycles;
        this.inStride = 8 * ports.inSlots();
        this.outStride = 8 * ports.outSlots();
        this.in = ByteBuffer.allocateDirect(Math.max(8, inStride * cycles)).order(ByteOrder.nativeOrder());
        this.out = ByteBuffer.allocateDirect(Math.max(8, outStride * cycles)).order(ByteOrder.nativeOrder());
        this.inAddress = Pointer.nativeValue(Native.getDirectBufferPointer(in));
        this.outAddress = Pointer.nativeValue(Native.getDirectBufferPointer(out));
    }

    public int cycles() {
        return cycles;
    }

    public Batch set(int cycle, Port port, long value) {
        PortValues.write(in, inOffset(cycle, port), port, value);
        return this;
    }

    public Batch set(int cycle, Port port, BigInteger value) {
        PortValues.write(in, inOffset(cycle, port), port, value);
        return this;
    }

    /** An output (or inout) as the model drove it after cycle {@code cycle}'s rising edge. */
    public long get(int cycle, Port port) {
        return PortValues.readLong(out, outOffset(cycle, port), port);
    }

    public BigInteger getBig(int cycle, Port port) {
        return PortValues.readBig(out, outOffset(cycle, port), port);
    }

    /**
     * Sets a port (at most 64 bits) for cycles {@code 0 .. values.length-1} at once: the fast way
     * to load a batch, one tight loop per port instead of one call per value.
     */
    public Batch setColumn(Port port, long[] values) {
        if (values.length > cycles) throw new IndexOutOfBoundsException(values.length + " values for " + cycles + " cycles");
        int offset = inOffset(0, port);
        requireNarrow(port);
        for (int c = 0; c < values.length; c++) {
            PortValues.write(in, offset + c * inStride, port, values[c]);
        }
        return this;
    }

    /** Reads a port (at most 64 bits) for every cycle into {@code dest}, which it returns. */
    public long[] column(Port port, long[] dest) {
        if (dest.length < cycles) throw new IndexOutOfBoundsException("room for " + dest.length + " of " + cycles + " cycles");
        int offset = outOffset(0, port);
        requireNarrow(port);
        for (int c = 0; c < cycles; c++) {
            dest[c] = out.getLong(offset + c * outStride);
        }
        return dest;
    }

    private static void requireNarrow(Port port) {
        if (port.wide()) throw new IllegalArgumentException("port " + port.name() + " is " + port.width() + " bits wide; use set/getBig per cycle");
    }

    PortList ports() {
        return ports;
    }

    long inAddress() {
        return inAddress;
    }

    long outAddress() {
        return outAddress;
    }

    private int inOffset(int cycle, Port port) {
        checkCycle(cycle);
        if (port.inSlot() < 0) throw new IllegalArgumentException("port " + port.name() + " is an output; it cannot be set");
        return cycle * inStride + 8 * port.inSlot();
    }

    private int outOffset(int cycle, Port port) {
        checkCycle(cycle);
        if (port.outSlot() < 0) throw new IllegalArgumentException("port " + port.name() + " is an input; it has no output values");
        return cycle * outStride + 8 * port.outSlot();
    }

    private void checkCycle(int cycle) {
        if (cycle < 0 || cycle >= cycles) throw new IndexOutOfBoundsException("cycle " + cycle + " outside 0.." + (cycles - 1));
    }
}
