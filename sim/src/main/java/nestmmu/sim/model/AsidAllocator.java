package nestmmu.sim.model;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives processes ASIDs (PCIDs) from {@code [0, 2^bits)}: the first process to ask gets the
 * lowest free one; when all are taken, the process that got its ASID longest ago loses it
 * (first in, first out) and the newcomer must flush it before use.
 */
final class AsidAllocator {
    private final int limit;
    private final Map<Integer, Integer> byPid = new HashMap<>();
    private final ArrayDeque<Integer> order = new ArrayDeque<>();
    private int next;
    private boolean recycled;

    AsidAllocator(int bits) { this.limit = 1 << bits; }

    /** The ASID of {@code pid}, or -1 when it has none now. */
    int asidOf(int pid) {
        Integer a = byPid.get(pid);
        return a == null ? -1 : a;
    }

    /** Gives {@code pid} an ASID; true in {@link #lastRecycled()} when it was taken from another process. */
    int assign(int pid) {
        recycled = false;
        int asid;
        if (next < limit) {
            asid = next++;
        } else {
            int victim = order.removeFirst();
            asid = byPid.remove(victim);
            recycled = true;
        }
        byPid.put(pid, asid);
        order.addLast(pid);
        return asid;
    }

    /** Whether the last {@link #assign} took the ASID from another process (so it must be flushed). */
    boolean lastRecycled() { return recycled; }
}
