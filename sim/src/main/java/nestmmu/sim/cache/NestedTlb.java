package nestmmu.sim.cache;

import nestmmu.config.CacheGeometry;

/**
 * Nested TLB: guest-physical to host-physical translations of guest page-table pages. Tag {vmid,
 * guest-physical 4K page number}; data {host-physical 4K page number, host permissions, host D}.
 * Set index = low bits of the guest page number. Fill and replacement follow {@link WayChooser}.
 * Only flushes of everything or of a VMID touch it (the hypervisor's nested-table changes).
 */
public final class NestedTlb extends VmidTaggedCache {
    private final long[] guestPages;
    private final long[] hostPages;
    private final int[] perms;
    private final boolean[] dirty;
    private long lookups;
    private long hits;

    public NestedTlb(CacheGeometry geometry) {
        super(geometry);
        int n = geometry.entries();
        guestPages = new long[n];
        hostPages = new long[n];
        perms = new int[n];
        dirty = new boolean[n];
    }

    /** The slot holding {@code guestPage} of this VMID, or -1. Counts a lookup; changes nothing else. */
    public int lookup(int vmid, long guestPage) {
        lookups++;
        return find(vmid, guestPage);
    }

    private int find(int vmid, long guestPage) {
        int base = (int) (guestPage & (sets - 1)) * ways;
        for (int slot = base, end = base + ways; slot < end; slot++) {
            if (chooser.valid(slot) && guestPages[slot] == guestPage && vmids[slot] == vmid) return slot;
        }
        return -1;
    }

    /** Uses a hit: marks it most recently used and counts it. */
    public void touch(int slot) {
        hits++;
        chooser.touch(slot);
    }

    public int fill(int vmid, long guestPage, long hostPage, int permissions, boolean isDirty) {
        int slot = chooser.fillSlot((int) (guestPage & (sets - 1)), find(vmid, guestPage));
        chooser.validate(slot);
        vmids[slot] = vmid;
        guestPages[slot] = guestPage;
        hostPages[slot] = hostPage;
        perms[slot] = permissions;
        dirty[slot] = isDirty;
        chooser.touch(slot);
        return slot;
    }

    public long hostPage(int slot) { return hostPages[slot]; }

    public int perms(int slot) { return perms[slot]; }

    public boolean dirty(int slot) { return dirty[slot]; }

    /** Lookups, and hits that served the access (a hit refused for its permissions counts as a miss). */
    public long lookups() { return lookups; }

    public long hits() { return hits; }
}
