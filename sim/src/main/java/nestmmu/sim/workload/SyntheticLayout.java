package nestmmu.sim.workload;

/**
 * Where synthetic workloads put their regions, like a Linux process: text low, a data region
 * (heap) above it, mmap regions high. Every base is 1 GiB aligned and every region of the churn
 * kind has a 1 GiB slot of its own, so under any guest page size (4K, 2M, 1G) no two regions
 * share a page and unmapping one never takes a piece of another.
 */
final class SyntheticLayout {
    static final long GIB = 1L << 30;
    /** Program text: the classic x86-64 load address. */
    static final long TEXT_BASE = 0x40_0000L;
    /** Data (heap) region. */
    static final long DATA_BASE = 64 * GIB;
    /** The most pages a data region may have: it ends below the mmap slots. */
    static final long MAX_DATA_PAGES = 1L << 24;
    /** mmap slots grow down from here, as Linux's mmap base does. */
    static final long MMAP_TOP = 0x7f00_0000_0000L;
    static final int MMAP_SLOTS = 4096;

    private SyntheticLayout() {}

    /** Base of mmap slot {@code slot} (0 is the highest). */
    static long mmapSlot(int slot) {
        return MMAP_TOP - (slot + 1L) * GIB;
    }
}
