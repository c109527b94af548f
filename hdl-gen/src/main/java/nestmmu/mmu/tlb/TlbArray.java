package nestmmu.mmu.tlb;

import static nestmmu.hdl.Hw.FALSE;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vec;
import static nestmmu.hdl.Hw.vecOf;

import java.util.ArrayList;
import java.util.List;

import nestmmu.config.CacheGeometry;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.UInt;
import nestmmu.hdl.Vec;
import nestmmu.mmu.cache.CacheWays;

/**
 * A TLB level in registers, searched in the cycle its key is presented: fully associative
 * (an entry per page of its own size) or set associative (4K splinters, set = low VPN bits).
 * Ports of {@link TlbLevel}, plus {@code hit_slot_o} (the lowest matching slot) and
 * {@code fill_slot_o} (where a fill now writes).
 *
 * <p>Timing: a lookup answers in the cycle of its key. Flushes act at the clock edge. The PLRU
 * touch and the fill rule's choice are registered, to keep them off the compare path:
 * {@code touch_i} changes the PLRU state at the end of the next cycle, and a fill writes the slot
 * the rule chose in the previous cycle ({@code fill_slot_o}). So present the key (and leave the
 * array alone) for a cycle before a fill, and leave a cycle after a touch before the next lookup —
 * as the MMU always does.
 */
public final class TlbArray extends TlbLevel {
    public final UInt hitSlot;
    public final UInt fillSlot;
    private final boolean splinter;

    public TlbArray(String name, MmuConfig c, CacheGeometry g) {
        super(name, c);
        this.splinter = !g.fullyAssociative();
        CacheWays ways = new CacheWays(this, g);
        hitSlot = output("hit_slot", uint(ways.slotBits()));
        fillSlot = output("fill_slot", uint(ways.slotBits()));
        if (!ways.replaces()) touch.unused();   // direct-mapped: nothing to remember

        Vec<TlbEntry> entries = reg("entries", vec(g.entries(), TlbEntry.type(c)));
        List<Bool> matches = new ArrayList<>();
        List<Bool> flushed = new ArrayList<>();
        for (int s = 0; s < g.entries(); s++) {
            matches.add(ways.valid.get(s).and(TlbMatch.answers(entries.get(s), key, splinter)));
            flushed.add(TlbMatch.flushes(entries.get(s), flush));
        }
        UInt hits = node("hits", vecOf(matches).asUInt());
        hit.set(hits.orR());
        hitSlot.set(ways.lowest(hits));
        // Every entry's frame and serve check are formed beside the compare; then the first hit's
        // are selected by a tree of multiplexers.
        entry.set(CacheWays.firstOf(hits, entries.elements()));
        frame.set(CacheWays.firstOf(hits, entries.stream().map(e -> TlbMatch.frame(e, key.vpn, splinter)).toList()));
        serves.set(hit.and(CacheWays.firstOf(hits, TlbMatch.serving(entries.elements(), access, user))));
        // Touches are registered too: the PLRU state changes one cycle after touch_i, off the
        // compare path; the MMU always leaves that cycle before its next lookup or fill.
        if (ways.replaces()) ways.touch(regNext("touch_pending", touch, FALSE), regNext("touch_slot", hitSlot));

        // A key's matches all lie in its own set (the set bits are VPN bits), so they need no mask.
        UInt set = splinter && ways.setBits() > 0 ? node("fill_set", key.vpn.bits(ways.setBits() - 1, 0)) : null;
        // The fill rule's choice is registered: a fill writes where the rule pointed a cycle
        // earlier, so the tag compare ends at one register instead of at every entry's enable.
        UInt fillOneHot = regNext("fill_one_hot", ways.fillOneHot(set, hits));
        fillSlot.set(ways.encode(fillOneHot));
        ways.fill(fill.valid, fillOneHot, entries, TlbMatch.entryOf(this, "fill_entry", key, fill, splinter, c));
        ways.invalidate(flush.valid, vecOf(flushed).asUInt());
    }

    @Override
    public boolean splinters() {
        return splinter;
    }

    @Override
    protected void slotOutputsUnused() {
        hitSlot.unused();
        fillSlot.unused();
    }
}
