package nestmmu.mmu;

import java.util.Locale;

/** The MMU's states around the walker: where a translation (or a flush) is. */
enum TopState {
    /** Ready for a request or a flush (unless the L2 TLB sweeps). */
    IDLE,
    /** The request is registered; the L1 TLB answers in this cycle. */
    LOOKUP,
    /** The L1 missed; the L2 TLB answers in this cycle (its memories were read in LOOKUP). */
    L2_LOOKUP,
    /** Both TLBs missed: the walker runs. */
    WALK,
    /** A flush reaches every cache in this cycle (the L2 TLB then sweeps on its own). */
    FLUSH;

    static final int BITS = 3;

    int code() {
        return ordinal();
    }

    String wire() {
        return "st_" + name().toLowerCase(Locale.ROOT);
    }
}
