package nestmmu.sim.cache;

import nestmmu.arch.Paging;
import nestmmu.config.CacheGeometry;

/**
 * Page-walk cache of upper-level non-leaf entries (levels 4, 3 and 2) of the virtual-address
 * dimension. Tag {vmid, asid, level, VA prefix} where the prefix is VA bits 47..shift(level)
 * (the region the entry covers); data {next-table address, permissions accumulated down to and
 * including that level}. Set index = low bits of the prefix. Fill and replacement follow
 * {@link WayChooser}; flushing by address empties the whole VMID+ASID (the cache does not know
 * which prefixes an invalidated page hangs under).
 */
public final class PageWalkCache extends VmidTaggedCache {
    private final int[] asids;
    private final byte[] levels;
    private final long[] prefixes;
    private final long[] nextTables;
    private final int[] perms;
    private long lookups;
    private long hits;

    public PageWalkCache(CacheGeometry geometry) {
        super(geometry);
        int n = geometry.entries();
        asids = new int[n];
        levels = new byte[n];
        prefixes = new long[n];
        nextTables = new long[n];
        perms = new int[n];
    }

    private static long prefix(long va, int level) {
        return (va & Paging.VA_MASK) >>> Paging.shift(level);
    }

    /** The slot holding the entry at {@code level} for {@code va}, or -1. Changes nothing. */
    public int lookup(int vmid, int asid, int level, long va) {
        long prefix = prefix(va, level);
        int base = (int) (prefix & (sets - 1)) * ways;
        for (int slot = base, end = base + ways; slot < end; slot++) {
            if (chooser.valid(slot) && levels[slot] == level && prefixes[slot] == prefix
                    && vmids[slot] == vmid && asids[slot] == asid) {
                return slot;
            }
        }
        return -1;
    }

    /**
     * The deepest cached entry for {@code va} (level 2, else 3, else 4), marked most recently used;
     * -1 when none. The walk starts at the level below it.
     */
    public int lookupDeepest(int vmid, int asid, long va) {
        lookups++;
        for (int level = 2; level <= Paging.LEVELS; level++) {
            int slot = lookup(vmid, asid, level, va);
            if (slot >= 0) {
                hits++;
                chooser.touch(slot);
                return slot;
            }
        }
        return -1;
    }

    public int fill(int vmid, int asid, int level, long va, long nextTable, int permissions) {
        long prefix = prefix(va, level);
        int slot = chooser.fillSlot((int) (prefix & (sets - 1)), lookup(vmid, asid, level, va));
        chooser.validate(slot);
        vmids[slot] = vmid;
        asids[slot] = asid;
        levels[slot] = (byte) level;
        prefixes[slot] = prefix;
        nextTables[slot] = nextTable;
        perms[slot] = permissions;
        chooser.touch(slot);
        return slot;
    }

    public int level(int slot) { return levels[slot]; }

    public long nextTable(int slot) { return nextTables[slot]; }

    public int perms(int slot) { return perms[slot]; }

    /** Walks that looked here, and how many of them hit. */
    public long lookups() { return lookups; }

    public long hits() { return hits; }

    /** Every entry of the VMID and ASID (also what a flush by address does here). */
    public void flushAsid(int vmid, int asid) {
        for (int s = 0; s < vmids.length; s++) if (vmids[s] == vmid && asids[s] == asid) invalidate(s);
    }
}
