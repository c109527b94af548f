package nestmmu.arch;

/**
 * Page-table-entry layout shared by the golden model and the generators (AMD64 APM vol. 2 §5.4).
 * Bit positions are {@code int}s, masks are {@code long}s ending in {@code _BIT} or {@code _MASK}.
 */
public final class Pte {
    public static final int P = 0;      // present
    public static final int RW = 1;     // writable
    public static final int US = 2;     // user accessible
    public static final int PWT = 3;
    public static final int PCD = 4;
    public static final int A = 5;      // accessed
    public static final int D = 6;      // dirty (leaf only)
    public static final int PS = 7;     // page size: 1G in a PDPTE, 2M in a PDE; reserved in a PML4E
    public static final int G = 8;      // global (leaf only)
    public static final int PAT_LARGE = 12; // PAT bit of a 2M/1G leaf; bit 12 is an address bit elsewhere
    public static final int ADDR_LO = 12;
    public static final int ADDR_HI = 51;
    public static final int PKEY_LO = 59;
    public static final int PKEY_HI = 62;
    public static final int NX = 63;    // no-execute

    public static final long P_BIT = 1L << P;
    public static final long RW_BIT = 1L << RW;
    public static final long US_BIT = 1L << US;
    public static final long PWT_BIT = 1L << PWT;
    public static final long PCD_BIT = 1L << PCD;
    public static final long A_BIT = 1L << A;
    public static final long D_BIT = 1L << D;
    public static final long PS_BIT = 1L << PS;
    public static final long G_BIT = 1L << G;
    public static final long PAT_LARGE_BIT = 1L << PAT_LARGE;
    public static final long NX_BIT = 1L << NX;
    /** Address field, bits 51:12, before the configured physical width is applied. */
    public static final long ADDR_MASK = ((1L << (ADDR_HI + 1)) - 1) & ~((1L << ADDR_LO) - 1);

    private Pte() {}

    public static boolean isSet(long pte, int bit) {
        return ((pte >>> bit) & 1) != 0;
    }

    /** Next-table or 4K-page base held in the entry (bits 51:12). */
    public static long address(long pte) {
        return pte & ADDR_MASK;
    }

    /** Base of a page of {@code size} mapped by a leaf: address bits below the page size are not part of it. */
    public static long pageBase(long pte, PageSize size) {
        return pte & ADDR_MASK & ~size.offsetMask();
    }

    /**
     * Bits that must be zero in an entry at {@code level} (all levels: address bits at or above the
     * physical width; PML4E: PS; a 2M/1G leaf: the low address bits below the page size, except PAT).
     * A set reserved bit in a present entry faults with the RSVD error-code bit.
     */
    public static long reservedMask(int physAddrBits, int level, boolean largeLeaf) {
        long mask = ADDR_MASK & ~Paging.physMask(physAddrBits);
        if (level == 4) {
            mask |= PS_BIT;
        }
        if (largeLeaf) {
            PageSize size = PageSize.ofLeafLevel(level);
            // bits (size.shift-1) .. 13 must be zero; bit 12 is PAT.
            mask |= size.offsetMask() & ~((1L << (PAT_LARGE + 1)) - 1);
        }
        return mask;
    }

    /** Builds an entry from an address and flag bits (already shifted, e.g. {@code P_BIT | RW_BIT}). */
    public static long make(long address, long flags) {
        return (address & ADDR_MASK) | flags;
    }
}
