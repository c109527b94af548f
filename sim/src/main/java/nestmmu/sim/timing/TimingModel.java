package nestmmu.sim.timing;

/**
 * Cycles per translation, the provisional shape the generated RTL is built to (the RTL issue pins
 * it): the L1 TLB answers a hit in its lookup cycle; a miss costs that cycle, one more for an L2
 * lookup when there is an L2, and for each memory reference of the walk the memory's latency plus
 * one cycle of walker overhead (issue the request, take the response). Page-walk-cache and
 * nested-TLB lookups are combinational in the cycle that forms the next address, so they cost no
 * cycle of their own; they save references. A fault costs the cycles spent until it is detected.
 */
public final class TimingModel {
    /** The L1 TLB lookup; a hit answers in this cycle. */
    public static final int L1_LOOKUP_CYCLES = 1;
    /** The L2 TLB lookup after an L1 miss. */
    public static final int L2_LOOKUP_CYCLES = 1;
    /** Walker cycles per memory reference beyond the memory's own latency. */
    public static final int REFERENCE_OVERHEAD_CYCLES = 1;
    /** Default memory latency in cycles: page-table entries mostly hit in the data caches (an L2 hit). */
    public static final int DEFAULT_MEM_LATENCY = 20;

    private final int memLatency;

    public TimingModel(int memLatency) {
        if (memLatency < 1) throw new IllegalArgumentException("memLatency must be at least 1, got " + memLatency);
        this.memLatency = memLatency;
    }

    public int memLatency() { return memLatency; }

    /** Cycles of a translation answered by the L1 TLB. */
    public int l1Hit() { return L1_LOOKUP_CYCLES; }

    /** Cycles of a translation answered by the L2 TLB. */
    public int l2Hit() { return L1_LOOKUP_CYCLES + L2_LOOKUP_CYCLES; }

    /** Cycles of a translation that walked, making {@code references} memory references (reads and writes). */
    public long walk(boolean l2Present, int references) {
        return L1_LOOKUP_CYCLES + (l2Present ? L2_LOOKUP_CYCLES : 0)
                + (long) references * (memLatency + REFERENCE_OVERHEAD_CYCLES);
    }
}
