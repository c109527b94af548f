package nestmmu.sim.cache;

/**
 * Tree pseudo-LRU, one tree per set (the classic scheme of chisel3.util.PseudoLRU and most TLBs).
 *
 * <p>A set of N ways (a power of two) has N−1 node bits numbered like a heap: node 1 is the root,
 * node n has children 2n (the lower half of its ways) and 2n+1 (the upper half); the N leaves
 * N..2N−1 are ways 0..N−1. A node bit points toward the less recently used half: 0 = lower,
 * 1 = upper.
 * <ul>
 *   <li>touch(way): every node on the path from the root to the way is set to point away from
 *       it (1 if the way is in the node's lower half, else 0);</li>
 *   <li>victim: start at the root and follow the bits down (0 → 2n, 1 → 2n+1).</li>
 * </ul>
 * All bits start at 0, so an untouched set's victim is way 0. A one-way set has no bits.
 *
 * <p>Sets of up to 64 ways keep their bits in one long (bit n = node n), so a touch is one
 * masked store with the path's mask and values precomputed per way.
 */
public final class TreePlru {
    private final int ways;
    private final int depth;
    private final long[] words;      // per set, ways <= 64
    private final long[] pathMask;   // per way: the nodes on its path
    private final long[] pathValue;  // per way: what touch writes there
    private final boolean[] bits;    // [set * ways + node], ways > 64

    public TreePlru(int sets, int ways) {
        if (ways < 1 || Integer.bitCount(ways) != 1) throw new IllegalArgumentException("ways " + ways);
        this.ways = ways;
        this.depth = Integer.numberOfTrailingZeros(ways);
        if (ways <= 64) {
            words = new long[sets];
            pathMask = new long[ways];
            pathValue = new long[ways];
            for (int w = 0; w < ways; w++) {
                int node = 1;
                for (int d = depth - 1; d >= 0; d--) {
                    boolean upper = ((w >>> d) & 1) != 0;
                    pathMask[w] |= 1L << node;
                    if (!upper) pathValue[w] |= 1L << node;
                    node = 2 * node + (upper ? 1 : 0);
                }
            }
            bits = null;
        } else {
            words = null;
            pathMask = null;
            pathValue = null;
            bits = new boolean[sets * ways];
        }
    }

    public void touch(int set, int way) {
        if (words != null) {
            words[set] = (words[set] & ~pathMask[way]) | pathValue[way];
            return;
        }
        int base = set * ways;
        int node = 1;
        for (int d = depth - 1; d >= 0; d--) {
            boolean upper = ((way >>> d) & 1) != 0;
            bits[base + node] = !upper;
            node = 2 * node + (upper ? 1 : 0);
        }
    }

    public int victim(int set) {
        int node = 1;
        if (words != null) {
            long w = words[set];
            for (int d = 0; d < depth; d++) node = 2 * node + (int) ((w >>> node) & 1);
        } else {
            int base = set * ways;
            for (int d = 0; d < depth; d++) node = 2 * node + (bits[base + node] ? 1 : 0);
        }
        return node - ways;
    }

    /** The bit of {@code node} (1..ways-1) in {@code set}: for tests and waveform comparison. */
    public boolean bit(int set, int node) {
        if (node < 1 || node >= ways) throw new IndexOutOfBoundsException("node " + node);
        return words != null ? ((words[set] >>> node) & 1) != 0 : bits[set * ways + node];
    }
}
