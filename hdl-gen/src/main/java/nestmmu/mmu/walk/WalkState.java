package nestmmu.mmu.walk;

import java.util.Locale;

/**
 * The walker's states. An issuing state drives one memory request (and waits in it while the
 * memory holds ready low); the matching wait state takes its response. "G" is the VA dimension
 * (the one table of native and shadow mode, the guest table in nested mode), "H" the nested
 * table. Every memory reference is one issuing cycle plus the memory's latency.
 */
enum WalkState {
    /** No walk. */
    IDLE,
    /** Read the guest entry; nested: through the nested TLB, or start the host walk of its address. */
    G_ENTRY,
    /** Nested: translate the guest entry's address for the A/D write (nested TLB or a host walk as a write). */
    G_WXLATE,
    /** Read the guest entry at the host address a host walk just found. */
    G_READ,
    /** Write the guest entry back with A (and D) set. */
    G_WRITE,
    /** Read the host entry of the level in progress. */
    H_READ,
    /** Write the host entry back with A (and D) set. */
    H_WRITE,
    WAIT_G_READ,
    WAIT_G_WRITE,
    WAIT_H_READ,
    WAIT_H_WRITE;

    static final int BITS = 4;

    int code() {
        return ordinal();
    }

    /** The name of the wire that is high in this state, e.g. {@code st_wait_g_read}. */
    String wire() {
        return "st_" + name().toLowerCase(Locale.ROOT);
    }
}
