package nestmmu.sim.timing;

/**
 * Cycles per translation of the generated MMU ({@code nestmmu.mmu.MmuTop}) with a memory of fixed
 * latency L: exactly what the RTL takes, proven translation by translation in Verilator. A
 * translation accepted on edge t whose response is valid after edge t+c takes c cycles:
 * <ul>
 *   <li>L1 hit: c = 1 — the request is registered on edge t, the L1 TLB answers in the next cycle
 *       and the response is registered on edge t+1;</li>
 *   <li>L2 hit: c = 2 — one more cycle, the L2's block RAMs having been read in the L1 cycle;</li>
 *   <li>walk of N references (reads and A/D writes, up to and including a faulting read):
 *       c = 1 + (1 if an L2 exists) + N·(L + 1). Each reference is one issuing cycle (the walker
 *       forms the address from registered state and drives the request) plus L cycles until the
 *       response is sampled; the response edge already sets up the next reference, and the last
 *       one's edge registers the answer. Page-walk-cache and nested-TLB lookups are combinational
 *       in an issuing cycle: no cycles of their own, they only save references.</li>
 * </ul>
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
