package nestmmu.hdl.util;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.cat;
import static nestmmu.hdl.Hw.isPow2;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.log2Ceil;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vecOf;

import java.util.ArrayList;
import java.util.List;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;

/**
 * Tree pseudo-LRU replacement over N ways (N a power of two, at least 2): which way to evict next.
 *
 * <p><b>The tree, bit for bit</b> (the golden model follows exactly this). The state is N-1 bits,
 * one per internal node of a complete binary tree whose leaves are the ways 0..N-1 from left to
 * right. Nodes are numbered in heap order: the root is node 0, the children of node i are
 * 2i+1 (left, the lower-numbered half of its ways) and 2i+2 (right). State bit i belongs to node
 * i. A bit <em>points toward the less recently used half</em>: 0 means the left subtree, 1 the
 * right one. Equivalently, for a way w with L = log2(N) index bits, the node at depth d on w's
 * path is node {@code (2^d - 1) + (w >> (L - d))}, and w lies in its right subtree iff bit
 * {@code L-1-d} of w is 1.
 * <ul>
 * <li><b>touch(w)</b> (a hit, or a fill of way w): every node on w's path is set to point away
 *     from w, i.e. node bit := NOT (bit L-1-d of w); other nodes keep their bits.</li>
 * <li><b>victim</b>: start at the root and follow the pointers; the bits followed, root first,
 *     spell the victim way's index from its most significant bit down.</li>
 * <li><b>reset</b>: all bits 0, so the first victim is way 0.</li>
 * </ul>
 * Example, 4 ways (nodes 0 root, 1 over ways 0-1, 2 over ways 2-3), state 000: victim 0;
 * touch(0) sets node 0 := 1, node 1 := 1 → state (bit2..bit0) 011, victim 2.
 *
 * <p>Ports: {@code touch_i} with {@code touch_way_i}, {@code victim_o}. The functions
 * {@link #touched} and {@link #victimOf} build the same logic over state kept elsewhere
 * (e.g. one state word per set of a set-associative TLB, in a memory).
 */
public final class Plru extends Module {
    public final Bool touch;
    public final UInt touchWay;
    public final UInt victim;

    public Plru(int ways) {
        super("plru_w" + ways);
        requireWays(ways);
        touch = input("touch", bool());
        touchWay = input("touch_way", uint(log2Ceil(ways)));
        victim = output("victim", uint(log2Ceil(ways)));

        UInt state = regInit("state", lit(0, ways - 1));
        when(touch, () -> state.set(touched(state, touchWay)));
        victim.set(victimOf(state));
    }

    /** The state after touching {@code way}; {@code state} has N-1 bits for N ways. */
    public static UInt touched(UInt state, UInt way) {
        int ways = state.width() + 1;
        requireWays(ways);
        int levels = log2Ceil(ways);
        if (way.width() != levels) {
            throw new IllegalArgumentException("a way of " + ways + " ways has " + levels + " bits, not " + way.width());
        }
        List<UInt> msbFirst = new ArrayList<>();
        for (int node = ways - 2; node >= 0; node--) {
            int depth = 31 - Integer.numberOfLeadingZeros(node + 1);
            int position = node - ((1 << depth) - 1);
            Bool awayFromWay = way.bit(levels - 1 - depth).not();
            Bool onPath = depth == 0 ? null : way.bits(levels - 1, levels - depth).eq(position);
            msbFirst.add(onPath == null ? awayFromWay : mux(onPath, awayFromWay, state.bit(node)));
        }
        return cat(msbFirst);
    }

    /** The way the pointers lead to from the root. */
    public static UInt victimOf(UInt state) {
        int ways = state.width() + 1;
        requireWays(ways);
        UInt prefix = state.bit(0);
        for (int depth = 1; depth < log2Ceil(ways); depth++) {
            List<Bool> level = new ArrayList<>();
            for (int node = (1 << depth) - 1; node < (1 << (depth + 1)) - 1; node++) level.add(state.bit(node));
            prefix = cat(prefix, vecOf(level).at(prefix));
        }
        return prefix;
    }

    private static void requireWays(int ways) {
        if (ways < 2 || !isPow2(ways)) throw new IllegalArgumentException("PLRU ways must be a power of two ≥ 2, got " + ways);
    }
}
