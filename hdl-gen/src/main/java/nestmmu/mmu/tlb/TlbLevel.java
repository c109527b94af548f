package nestmmu.mmu.tlb;

import nestmmu.hdl.Bool;
import nestmmu.mmu.cache.FlushCommand;

/**
 * What the MMU sees of a TLB level, whichever way it is built: a key, a hit with its entry, a
 * touch, a fill of the key's translation, a flush. A register array answers in the cycle of the
 * key; a memory array answers the cycle after {@link #read()} and sweeps to flush.
 */
public interface TlbLevel {
    TlbKey key();

    Bool hit();

    TlbEntry entry();

    Bool touch();

    TlbFill fill();

    FlushCommand flush();

    /** Entries hold 4K splinters (set associative). */
    boolean splinters();

    /** The read strobe of a memory array, one cycle before the hit is valid; null for a register array. */
    Bool read();

    /** High while a memory array sweeps (after reset, after a flush); null for a register array. */
    Bool busy();

    /** The slot or way outputs and the hit entry's tag are for tests and proofs; the MMU does not read them. */
    void outputsForTestsUnused();
}
