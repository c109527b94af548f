package nestmmu.tb.mmu.regress;

import nestmmu.arch.Pte;
import nestmmu.tb.mmu.coverage.FaultClass;

/** A way to break one page-table entry so that the walk faults on it. */
enum EntryFault {
    NOT_PRESENT("not present"),
    ADDRESS_ABOVE_PHYS_BITS("an address bit at physAddrBits"),
    PS_IN_PML4("PS in a PML4 entry"),
    MISALIGNED_LARGE_PAGE("a misaligned large page");

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
            case MISALIGNED_LARGE_PAGE: return leaf && (level == 2 || level == 3);
            default: return true;
        }
    }

    long apply(long entry, int physAddrBits) {
        switch (this) {
            case NOT_PRESENT: return entry & ~Pte.P_BIT;
            case ADDRESS_ABOVE_PHYS_BITS: return entry | (1L << physAddrBits);
            case PS_IN_PML4: return entry | Pte.PS_BIT;
            default: return entry | (1L << (Pte.PAT_LARGE + 1)); // bit 13: inside the page, above PAT
        }
    }

    FaultClass expected() {
        return this == NOT_PRESENT ? FaultClass.NOT_PRESENT : FaultClass.RESERVED;
    }
}
