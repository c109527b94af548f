package nestmmu.sim.cache;

import nestmmu.config.CacheGeometry;

/**
 * What the TLB, the page-walk cache and the nested TLB share: the ways ({@link WayChooser}), a
 * VMID in every entry's tag, and the flushes that need nothing else.
 */
abstract class VmidTaggedCache {
    final WayChooser chooser;
    final int sets;
    final int ways;
    final int[] vmids;

    VmidTaggedCache(CacheGeometry geometry) {
        chooser = new WayChooser(geometry);
        sets = chooser.sets;
        ways = chooser.ways;
        vmids = new int[geometry.entries()];
    }

    /** Clears one entry; a cache with more per-entry state clears that too. */
    void invalidate(int slot) {
        chooser.invalidate(slot);
    }

    public int entries() { return vmids.length; }

    public boolean valid(int slot) { return chooser.valid(slot); }

    public int validCount() { return chooser.validCount(); }

    public void flushAll() {
        for (int s = 0; s < vmids.length; s++) invalidate(s);
    }

    /** Every entry of the VMID (global TLB entries too). */
    public void flushVmid(int vmid) {
        for (int s = 0; s < vmids.length; s++) if (vmids[s] == vmid) invalidate(s);
    }
}
