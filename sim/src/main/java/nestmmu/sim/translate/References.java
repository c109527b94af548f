package nestmmu.sim.translate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The memory references of one translation, in the order the walker makes them: dimension,
 * table level, read or write, address and value (read or written). This is the sequence an RTL
 * walker must reproduce on its memory port. Primitive arrays, reused across translations.
 */
public final class References {
    /** The virtual-address dimension: the one table of native and shadow mode, the guest table of nested mode. */
    public static final int GUEST = 0;
    /** The nested (host) table of nested mode. */
    public static final int HOST = 1;

    // kind: bits 2:0 level, bit 3 dimension (HOST), bit 4 write
    private static final int LEVEL_MASK = 7;
    static final int HOST_BIT = 8;
    private static final int WRITE_BIT = 16;
    private long[] addresses = new long[64];
    private long[] values = new long[64];
    private byte[] kinds = new byte[64];
    private int size;
    private int writes;

    public void clear() {
        size = 0;
        writes = 0;
    }

    /** {@code dimensionBits} is {@link #dimensionBits(int)} of the walker's dimension. */
    void read(int dimensionBits, int level, long address, long value) {
        add(dimensionBits | level, address, value);
    }

    void write(int dimensionBits, int level, long address, long value) {
        add(dimensionBits | level | WRITE_BIT, address, value);
        writes++;
    }

    /** What a walker of {@code dimension} passes to {@link #read} and {@link #write}. */
    static int dimensionBits(int dimension) {
        return dimension == HOST ? HOST_BIT : 0;
    }

    private void add(int kind, long address, long value) {
        int i = size;
        if (i == addresses.length) grow();
        addresses[i] = address;
        values[i] = value;
        kinds[i] = (byte) kind;
        size = i + 1;
    }

    private void grow() {
        int n = size * 2;
        addresses = Arrays.copyOf(addresses, n);
        values = Arrays.copyOf(values, n);
        kinds = Arrays.copyOf(kinds, n);
    }

    /** All references, reads and writes. */
    public int size() { return size; }

    public int reads() { return size - writes; }

    public int writes() { return writes; }

    public long address(int i) { check(i); return addresses[i]; }

    public long value(int i) { check(i); return values[i]; }

    /** {@link #GUEST} or {@link #HOST}. */
    public int dimension(int i) { check(i); return (kinds[i] & HOST_BIT) != 0 ? HOST : GUEST; }

    /** Table level of the entry: 4 = PML4 ... 1 = PT. */
    public int level(int i) { check(i); return kinds[i] & LEVEL_MASK; }

    public boolean isWrite(int i) { check(i); return (kinds[i] & WRITE_BIT) != 0; }

    /** Copies of the references, in order. */
    public List<Reference> snapshot() {
        List<Reference> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) list.add(new Reference(dimension(i), level(i), isWrite(i), addresses[i], values[i]));
        return list;
    }

    public static String dimensionName(int dimension) {
        return dimension == GUEST ? "guest" : "host";
    }

    private void check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("reference " + i + " of " + size);
    }

    /** One line per reference, e.g. {@code R guest L4 0x1000 = 0x2027}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < size; i++) {
            b.append(isWrite(i) ? 'W' : 'R').append(' ').append(dimensionName(dimension(i)))
             .append(" L").append(level(i)).append(" 0x").append(Long.toHexString(addresses[i]))
             .append(" = 0x").append(Long.toHexString(values[i])).append('\n');
        }
        return b.toString();
    }
}
