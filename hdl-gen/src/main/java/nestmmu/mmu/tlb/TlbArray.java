package nestmmu.mmu.tlb;

import static nestmmu.hdl.Hw.FALSE;
import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vec;
import static nestmmu.hdl.Hw.vecOf;

import java.util.ArrayList;
import java.util.List;

import nestmmu.config.CacheGeometry;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.Vec;
import nestmmu.hdl.util.Mux1H;
import nestmmu.mmu.Encodings;
import nestmmu.mmu.cache.CacheWays;
import nestmmu.mmu.cache.FlushCommand;

/**
 * A TLB level in registers, searched in the cycle its key is presented: fully associative
 * (an entry per page of its own size) or set associative (4K splinters, set = low VPN bits).
 *
 * <p>Ports: {@code key_*_i}; {@code hit_o}, {@code hit_slot_o} (the lowest matching slot) and
 * {@code entry_*_o} (its contents) — a match regardless of permissions, the caller decides whether
 * it serves; {@code touch_i} marks the hit slot most recently used, registered first: the PLRU
 * state changes at the end of the next cycle; {@code fill_*_i} writes the translation of the key
 * at the clock edge into {@code fill_slot_o}: the slot the fill rule of {@link CacheWays} chose
 * in the previous cycle. So present the key (and leave the array alone) for a cycle before a
 * fill, and leave a cycle after a touch before the next lookup — as the MMU always does; {@code serves_o}: the hit allows {@code access_i}/{@code user_i} without
 * a walk (permissions, and D for a write); {@code flush_*_i} clears the entries the flush table names, in one cycle.
 */
public final class TlbArray extends Module implements TlbLevel {
    public final TlbKey key;
    public final Bool hit;
    /** The access being looked up: whether the hit serves it is decided here, per entry. */
    public final UInt access;
    public final Bool user;
    /** The hit serves the access: allowed, and dirty if a write. */
    public final Bool serves;
    public final UInt hitSlot;
    public final TlbEntry entry;
    /** The 4K frame the first hit maps the key's page to (PA bits PA−1:12). */
    public final UInt frame;
    public final Bool touch;
    public final TlbFill fill;
    public final UInt fillSlot;
    public final FlushCommand flush;
    private final boolean splinter;

    public TlbArray(String name, MmuConfig c, CacheGeometry g) {
        super(name);
        boolean splinter = !g.fullyAssociative();
        key = input("key", TlbKey.type(c));
        hit = output("hit", bool());
        access = input("access", uint(Encodings.ACCESS_BITS));
        user = input("user", bool());
        serves = output("serves", bool());
        CacheWays ways = new CacheWays(this, g);
        hitSlot = output("hit_slot", uint(ways.slotBits()));
        entry = output("entry", TlbEntry.type(c));
        frame = output("frame", uint(TlbEntry.ppnBits(c)));
        touch = input("touch", bool());
        fill = input("fill", TlbFill.type(c));
        fillSlot = output("fill_slot", uint(ways.slotBits()));
        flush = input("flush", FlushCommand.type(c));
        if (!ways.replaces()) touch.unused();   // direct-mapped: nothing to remember

        Vec<TlbEntry> entries = reg("entries", vec(g.entries(), TlbEntry.type(c)));
        List<Bool> matches = new ArrayList<>();
        List<Bool> flushed = new ArrayList<>();
        for (int s = 0; s < g.entries(); s++) {
            matches.add(ways.valid.get(s).and(TlbMatch.answers(entries.get(s), key, splinter)));
            flushed.add(TlbMatch.flushes(entries.get(s), flush));
        }
        UInt hits = node("hits", vecOf(matches).asUInt());
        UInt firstHit = node("first_hit", CacheWays.lowestOneHot(hits));
        hit.set(hits.orR());
        hitSlot.set(ways.lowest(hits));
        entry.set(Mux1H.of(firstHit, entries.elements()));
        // Every entry's frame is formed beside the compare, then one is selected.
        frame.set(Mux1H.of(firstHit, entries.stream().map(e -> TlbMatch.frame(e, key.vpn, splinter)).toList()));
        serves.set(TlbMatch.firstServes(firstHit, entries.elements(), access, user));
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
        this.splinter = splinter;
    }

    @Override public TlbKey key() { return key; }
    @Override public Bool hit() { return hit; }
    @Override public UInt access() { return access; }
    @Override public Bool user() { return user; }
    @Override public Bool serves() { return serves; }
    @Override public TlbEntry entry() { return entry; }
    @Override public UInt frame() { return frame; }
    @Override public Bool touch() { return touch; }
    @Override public TlbFill fill() { return fill; }
    @Override public FlushCommand flush() { return flush; }
    @Override public boolean splinters() { return splinter; }
    @Override public Bool read() { return null; }
    @Override public Bool busy() { return null; }

    @Override
    public void outputsForTestsUnused() {
        entry.vmid.unused();
        entry.asid.unused();
        entry.vpn.unused();
        entry.ppn.unused();
        hitSlot.unused();
        fillSlot.unused();
    }
}
