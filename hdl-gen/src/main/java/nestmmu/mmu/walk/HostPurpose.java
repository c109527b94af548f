package nestmmu.mmu.walk;

/** Why a host (nested-dimension) walk runs: which guest-physical address it translates, and what follows. */
enum HostPurpose {
    /** A guest entry's address, to read it. */
    TABLE_READ,
    /** A guest entry's address, to write A/D into it: a write access in the nested table. */
    TABLE_WRITE,
    /** The final guest-physical address, with the access's own type. */
    FINAL;

    static final int BITS = 2;

    int code() {
        return ordinal();
    }
}
