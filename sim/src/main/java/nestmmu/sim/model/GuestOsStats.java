package nestmmu.sim.model;

/** What the guest OS did and saw. */
public final class GuestOsStats {
    long accesses;
    long pageFaults;
    long demandFaults;
    long protectionFaults;
    long pagesMapped;
    long pagesUnmapped;
    long pagesProtected;
    long invlpgs;
    long asidFlushes;
    long contextSwitches;

    /** Workload accesses (each may take several translations). */
    public long accesses() { return accesses; }

    /** Guest-visible page faults: the same in every mode for the same workload and guest page size. */
    public long pageFaults() { return pageFaults; }

    /** Page faults answered by mapping the page. */
    public long demandFaults() { return demandFaults; }

    /** Page faults the program would die of (SIGSEGV): the access is dropped and the run goes on. */
    public long protectionFaults() { return protectionFaults; }

    public long pagesMapped() { return pagesMapped; }

    public long pagesUnmapped() { return pagesUnmapped; }

    public long pagesProtected() { return pagesProtected; }

    public long invlpgs() { return invlpgs; }

    /** Whole-ASID flushes: large unmaps/protects, and ASIDs taken from another process. */
    public long asidFlushes() { return asidFlushes; }

    public long contextSwitches() { return contextSwitches; }
}
