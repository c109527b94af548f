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
    /** log2(ways): slot → set and way with shifts (ways are a power of two). */
    final int wayBits;
    final TreePlru plru;
    private final boolean[] valid;
    private final int[] validInSet;

    WayChooser(CacheGeometry geometry) {
        if (!geometry.enabled()) throw new IllegalArgumentException("cache is absent");
        this.sets = geometry.sets();
        this.ways = geometry.ways();
        this.wayBits = Integer.numberOfTrailingZeros(ways);
        this.valid = new boolean[geometry.entries()];
        this.validInSet = new int[sets];
        this.plru = new TreePlru(sets, ways);
    }

    /** The slot a fill into {@code set} uses; {@code matchingSlot} is the slot holding the same tag, or -1. */
    int fillSlot(int set, int matchingSlot) {
        if (matchingSlot >= 0) return matchingSlot;
        int base = set << wayBits;
        if (validInSet[set] < ways) {
            for (int w = 0; w < ways; w++) {
                if (!valid[base + w]) return base + w;
            }
        }
        return base + plru.victim(set);
    }

    boolean valid(int slot) { return valid[slot]; }

    void validate(int slot) {
        if (!valid[slot]) {
            valid[slot] = true;
            validInSet[slot >>> wayBits]++;
        }
    }

    void invalidate(int slot) {
        if (valid[slot]) {
            valid[slot] = false;
            validInSet[slot >>> wayBits]--;
        }
    }

    void touch(int slot) {
        plru.touch(slot >>> wayBits, slot & (ways - 1));
    }

    int validCount() {
        int n = 0;
        for (int c : validInSet) n += c;
        return n;
    }
}
