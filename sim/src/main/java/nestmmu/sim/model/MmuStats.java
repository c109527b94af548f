package nestmmu.sim.model;

/** Counters of one {@link MmuModel}: what the performance-counter block of the RTL counts. */
public final class MmuStats {
    long translations;
    long l1Hits;
    long l2Hits;
    long walks;
    long walkReads;
    long walkWrites;
    long pageFaults;
    long nestedPageFaults;
    long cycles;
    long walkCycles;

    public long translations() { return translations; }

    public long l1Hits() { return l1Hits; }

    public long l2Hits() { return l2Hits; }

    /** Translations answered by a TLB (L1 or L2). */
    public long tlbHits() { return l1Hits + l2Hits; }

    /** Translations that walked (a TLB hit refused for its permissions or a clean page on a write walks too). */
    public long walks() { return walks; }

    public long walkReads() { return walkReads; }

    public long walkWrites() { return walkWrites; }

    /** Every memory reference of the walks, reads and A/D writes. */
    public long walkRefs() { return walkReads + walkWrites; }

    public long pageFaults() { return pageFaults; }

    public long nestedPageFaults() { return nestedPageFaults; }

    /** Cycles of every translation. */
    public long cycles() { return cycles; }

    /** Cycles of the translations that walked. */
    public long walkCycles() { return walkCycles; }

    public void reset() {
        translations = l1Hits = l2Hits = walks = walkReads = walkWrites = 0;
        pageFaults = nestedPageFaults = cycles = walkCycles = 0;
    }
}
