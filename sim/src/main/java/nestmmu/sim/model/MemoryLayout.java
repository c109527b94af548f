package nestmmu.sim.model;

import nestmmu.io.BadInputException;

/**
 * Where things live in a simulated machine (all bounds 4K-aligned; 1G-aligned where pages of
 * that size come from):
 * <pre>
 *   guest-physical   [1 MiB, 1 GiB)              guest page tables
 *                    [1 GiB, 2^P − 1 GiB)         guest pages (demand-paged data)
 *   host-physical    [16 MiB, 1 GiB)              hypervisor tables: nested and shadow
 *                    gPA + 1 GiB                  guest RAM (the hypervisor's memory slot)
 * </pre>
 * In native mode there is no guest: the OS's tables and pages use the guest-physical ranges
 * directly as host-physical memory. P is the config's physAddrBits.
 */
public final class MemoryLayout {
    public static final long MIB = 1L << 20;
    public static final long GIB = 1L << 30;
    public static final long GUEST_TABLES_BASE = MIB;
    public static final long GUEST_TABLES_LIMIT = GIB;
    public static final long GUEST_DATA_BASE = GIB;
    public static final long HOST_TABLES_BASE = 16 * MIB;
    public static final long HOST_TABLES_LIMIT = GIB;
    /** Host-physical address of guest-physical 0. */
    public static final long GUEST_RAM_HOST_BASE = GIB;

    private final int physAddrBits;

    public MemoryLayout(int physAddrBits) {
        if (physAddrBits < 32) throw new BadInputException("physAddrBits: must be at least 32, got " + physAddrBits);
        this.physAddrBits = physAddrBits;
    }

    public int physAddrBits() { return physAddrBits; }

    /** Top of guest pages: the guest RAM plus its host offset must stay below 2^physAddrBits. */
    public long guestDataLimit(boolean virtualized) {
        long top = 1L << physAddrBits;
        return virtualized ? top - GUEST_RAM_HOST_BASE : top;
    }
}
