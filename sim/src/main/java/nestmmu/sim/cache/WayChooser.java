package nestmmu.sim.cache;

import nestmmu.config.CacheGeometry;

/**
 * What every cache here shares: the geometry, a valid bit per entry, tree-PLRU per set, and the
 * one fill rule. Entries are numbered {@code slot = set * ways + way}.
 *
 * <p>Fill rule: the way that already holds the tag being filled (lowest such way), else the
 * lowest-numbered invalid way, else the PLRU victim. PLRU is updated on every hit and every fill.
 */
final class WayChooser {
    final int sets;
    final int ways;
    final boolean[] valid;
    final TreePlru plru;

    WayChooser(CacheGeometry geometry) {
        if (!geometry.enabled()) throw new IllegalArgumentException("cache is absent");
        this.sets = geometry.sets();
        this.ways = geometry.ways();
        this.valid = new boolean[geometry.entries()];
        this.plru = new TreePlru(sets, ways);
    }

    /** The slot a fill into {@code set} uses; {@code matchingSlot} is the slot holding the same tag, or -1. */
    int fillSlot(int set, int matchingSlot) {
        if (matchingSlot >= 0) return matchingSlot;
        int base = set * ways;
        for (int w = 0; w < ways; w++) {
            if (!valid[base + w]) return base + w;
        }
        return base + plru.victim(set);
    }

    void touch(int slot) {
        plru.touch(slot / ways, slot % ways);
    }

    void invalidateAll() {
        java.util.Arrays.fill(valid, false);
    }
}
