package nestmmu.tb.mmu.regress;

import nestmmu.arch.Pte;
import nestmmu.tb.mmu.coverage.FaultClass;

/** A way to break one page-table entry so that the walk faults on it. */
enum EntryFault {
    NOT_PRESENT("not present"),
    ADDRESS_ABOVE_PHYS_BITS("an address bit at physAddrBits"),
    ADDRESS_BIT_51("address bit 51 (reserved below a 52-bit MAXPHYADDR)"),
    PS_IN_PML4("PS in a PML4 entry"),
    MISALIGNED_LARGE_PAGE("a misaligned large page"),
    MISALIGNED_TOP_BIT("a large page misaligned by its highest reserved bit (20 for 2M, 29 for 1G)");

    private final String description;

    EntryFault(String description) {
        this.description = description;
    }

    @Override
    public String toString() {
        return description;
    }

    /** Whether this fault can be planted in an entry at {@code level}; {@code leaf} says the entry maps a page. */
    boolean appliesTo(int level, boolean leaf) {
        switch (this) {
            case PS_IN_PML4: return level == 4;
            case MISALIGNED_LARGE_PAGE, MISALIGNED_TOP_BIT: return leaf && (level == 2 || level == 3);
            default: return true;
        }
    }

    /** Whether the fault is planted in a large page's leaf (so the walk needs one at that level). */
    boolean needsLargeLeaf() {
        return this == MISALIGNED_LARGE_PAGE || this == MISALIGNED_TOP_BIT;
    }

    long apply(long entry, int level, int physAddrBits) {
        switch (this) {
            case NOT_PRESENT: return entry & ~Pte.P_BIT;
            case ADDRESS_ABOVE_PHYS_BITS: return entry | (1L << physAddrBits);
            case ADDRESS_BIT_51: return entry | (1L << 51);
            case PS_IN_PML4: return entry | Pte.PS_BIT;
            case MISALIGNED_TOP_BIT: return entry | (1L << (nestmmu.arch.Paging.shift(level) - 1)); // bit 20 or 29
            default: return entry | (1L << (Pte.PAT_LARGE + 1)); // bit 13: inside the page, above PAT
        }
    }

    FaultClass expected() {
        return this == NOT_PRESENT ? FaultClass.NOT_PRESENT : FaultClass.RESERVED;
    }
}
