package nestmmu.arch;

/**
 * The shape of x86-64 4-level paging (AMD64 APM vol. 2 §5.3): 48-bit virtual addresses,
 * four levels of 512 eight-byte entries. Levels are numbered as the hardware walks them:
 * 4 = PML4, 3 = PDPT, 2 = PD, 1 = PT.
 */
public final class Paging {
    public static final int LEVELS = 4;
    public static final int ENTRIES_PER_TABLE = 512;
    public static final int ENTRY_BYTES = 8;
    public static final int INDEX_BITS = 9;
    public static final int PAGE_SHIFT = 12;
    public static final long PAGE_BYTES = 1L << PAGE_SHIFT;
    public static final int VA_BITS = 48;
    public static final long VA_MASK = (1L << VA_BITS) - 1;
    /** Architectural maximum physical-address width; a config may choose fewer bits. */
    public static final int MAX_PHYS_ADDR_BITS = 52;

    private Paging() {}

    /** Bit position of the lowest virtual-address bit that indexes the table at {@code level}. */
    public static int shift(int level) {
        return PAGE_SHIFT + INDEX_BITS * (level - 1);
    }

    /** The 9-bit index into the table at {@code level} for virtual address {@code va}. */
    public static int index(long va, int level) {
        return (int) ((va >>> shift(level)) & (ENTRIES_PER_TABLE - 1));
    }

    /** Physical address of the entry for {@code va} in the table at {@code tableBase}. */
    public static long entryAddress(long tableBase, long va, int level) {
        return tableBase + (long) index(va, level) * ENTRY_BYTES;
    }

    /** "PML4", "PDPT", "PD" or "PT". */
    public static String levelName(int level) {
        switch (level) {
            case 4: return "PML4";
            case 3: return "PDPT";
            case 2: return "PD";
            case 1: return "PT";
            default: throw new IllegalArgumentException("level " + level);
        }
    }

    /** Mask of physical-address bits below {@code physAddrBits}. */
    public static long physMask(int physAddrBits) {
        return physAddrBits >= 64 ? -1L : (1L << physAddrBits) - 1;
    }

    /** Base of the 4K page holding {@code address}. */
    public static long pageBase(long address) {
        return address & ~(PAGE_BYTES - 1);
    }
}
