package nestmmu.sim.cache;

import nestmmu.arch.Paging;
import nestmmu.config.CacheGeometry;

/**
 * One level of TLB. Entry tag {vmid, asid, global, vpn, pageSize}; data {frame, permissions,
 * dirty}. A global entry matches any ASID of its VMID, never another VMID.
 *
 * <ul>
 *   <li>Fully associative: an entry keeps its page size (4K, 2M or 1G); it matches when the VA
 *       bits 47..shift equal its VPN.</li>
 *   <li>Set associative: an entry holds the 4K page that was accessed (larger pages are
 *       splintered; the entry still remembers the page size it came from, which flushes use);
 *       set index = VA bits 12.. (low bits of the 4K VPN).</li>
 * </ul>
 * A lookup returns the lowest-numbered matching way of the set. Fill and replacement follow
 * {@link WayChooser}: the way a lookup of the same VMID/ASID/VA hits, else the lowest invalid
 * way, else the tree-PLRU victim. Permissions are {@code nestmmu.sim.translate.PermissionBits}.
 */
public final class Tlb extends VmidTaggedCache {
    private final boolean splinter;

    /**
     * Per slot, side by side for the lookup scan: [2s] the mask of VA bits 47..tagShift, [2s+1] the
     * tag (VPN << tagShift), or -1 when the slot is invalid (a masked VA is never negative).
     */
    private final long[] keys;
    private final int[] asids;
    private final boolean[] globals;
    private final long[] vpns;
    private final byte[] tagShifts;
    private final byte[] pageShifts;
    private final long[] frames;
    private final int[] perms;
    private final boolean[] dirty;

    public Tlb(CacheGeometry geometry) {
        super(geometry);
        splinter = !geometry.fullyAssociative();
        int n = geometry.entries();
        keys = new long[2 * n];
        for (int i = 0; i < n; i++) keys[2 * i + 1] = -1;
        asids = new int[n];
        globals = new boolean[n];
        vpns = new long[n];
        tagShifts = new byte[n];
        pageShifts = new byte[n];
        frames = new long[n];
        perms = new int[n];
        dirty = new boolean[n];
    }

    public int ways() { return ways; }

    public boolean setAssociative() { return splinter; }

    private int setOf(long va) {
        return splinter ? (int) ((va >>> Paging.PAGE_SHIFT) & (sets - 1)) : 0;
    }

    /** The slot of the entry that translates {@code va} for this VMID and ASID, or -1. Changes nothing. */
    public int lookup(int vmid, int asid, long va) {
        long v = va & Paging.VA_MASK;
        int base = setOf(v) * ways;
        long[] k = keys;
        for (int i = 2 * base, end = 2 * (base + ways); i < end; i += 2) {
            if ((v & k[i]) == k[i + 1]) {
                int slot = i >>> 1;
                if (vmids[slot] == vmid && (globals[slot] || asids[slot] == asid)) return slot;
            }
        }
        return -1;
    }

    /** Marks a hit entry most recently used. */
    public void touch(int slot) { chooser.touch(slot); }

    /**
     * Enters a translation of {@code va} to {@code pa} from a page of 2^{@code pageShift} bytes.
     * Returns the slot used.
     */
    public int fill(int vmid, int asid, boolean global, long va, long pa, int pageShift, int permissions, boolean isDirty) {
        long v = va & Paging.VA_MASK;
        int tagShift = splinter ? Paging.PAGE_SHIFT : pageShift;
        int slot = chooser.fillSlot(setOf(v), lookup(vmid, asid, va));
        chooser.validate(slot);
        keys[2 * slot] = Paging.VA_MASK & ~((1L << tagShift) - 1);
        keys[2 * slot + 1] = v & keys[2 * slot];
        vmids[slot] = vmid;
        asids[slot] = asid;
        globals[slot] = global;
        vpns[slot] = v >>> tagShift;
        tagShifts[slot] = (byte) tagShift;
        pageShifts[slot] = (byte) pageShift;
        frames[slot] = pa & ~((1L << tagShift) - 1);
        perms[slot] = permissions;
        dirty[slot] = isDirty;
        chooser.touch(slot);
        return slot;
    }

    /** The physical address of {@code va} by the entry in {@code slot}. */
    public long translate(int slot, long va) {
        return frames[slot] | (va & ((1L << tagShifts[slot]) - 1));
    }

    public int pageShift(int slot) { return pageShifts[slot]; }

    public int perms(int slot) { return perms[slot]; }

    public boolean dirty(int slot) { return dirty[slot]; }

    public boolean global(int slot) { return globals[slot]; }

    /** A copy of the entry in {@code slot}, for tests and tools. */
    public TlbEntry entry(int slot) {
        return new TlbEntry(chooser.valid(slot), vmids[slot], asids[slot], globals[slot], vpns[slot], tagShifts[slot],
                pageShifts[slot], frames[slot], perms[slot], dirty[slot]);
    }

    public TreePlru plru() { return chooser.plru; }

    // ------------------------------------------------------------------ flushes

    @Override
    void invalidate(int slot) {
        super.invalidate(slot);
        keys[2 * slot + 1] = -1;
    }

    /** The non-global entries of the VMID and ASID. */
    public void flushAsid(int vmid, int asid) {
        for (int s = 0; s < vmids.length; s++) {
            if (vmids[s] == vmid && asids[s] == asid && !globals[s]) invalidate(s);
        }
    }

    /**
     * The entries of the VMID, for the ASID or global, whose page (of the size it came from) covers
     * {@code va}: in a set-associative TLB every set is searched, since a splintered large page
     * may sit in any set.
     */
    public void flushAddress(int vmid, int asid, long va) {
        long v = va & Paging.VA_MASK;
        for (int s = 0; s < vmids.length; s++) {
            if (!chooser.valid(s) || vmids[s] != vmid || !(globals[s] || asids[s] == asid)) continue;
            long entryVa = vpns[s] << tagShifts[s];
            if ((entryVa >>> pageShifts[s]) == (v >>> pageShifts[s])) invalidate(s);
        }
    }
}
