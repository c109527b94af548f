package nestmmu.sim.mem;

import java.util.Arrays;

/**
 * Every access a {@link PhysicalMemory} served, in order: address, read or write, and the value
 * read or written. Stored in primitive arrays that grow, so recording allocates only when it grows.
 */
public final class AccessLog {
    private long[] addresses = new long[64];
    private long[] values = new long[64];
    private boolean[] writes = new boolean[64];
    private int size;

    void add(long address, long value, boolean write) {
        if (size == addresses.length) {
            int n = size * 2;
            addresses = Arrays.copyOf(addresses, n);
            values = Arrays.copyOf(values, n);
            writes = Arrays.copyOf(writes, n);
        }
        addresses[size] = address;
        values[size] = value;
        writes[size] = write;
        size++;
    }

    public int size() { return size; }

    public long address(int i) { check(i); return addresses[i]; }

    /** The value read, or the value written. */
    public long value(int i) { check(i); return values[i]; }

    public boolean isWrite(int i) { check(i); return writes[i]; }

    public void clear() { size = 0; }

    private void check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("access " + i + " of " + size);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < size; i++) {
            b.append(writes[i] ? "W 0x" : "R 0x").append(Long.toHexString(addresses[i]))
             .append(" = 0x").append(Long.toHexString(values[i])).append('\n');
        }
        return b.toString();
    }
}
