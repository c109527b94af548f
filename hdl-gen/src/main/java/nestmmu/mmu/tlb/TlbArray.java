package nestmmu.mmu.tlb;

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
import nestmmu.mmu.cache.CacheWays;
import nestmmu.mmu.cache.FlushCommand;

/**
 * A TLB level in registers, searched in the cycle its key is presented: fully associative
 * (an entry per page of its own size) or set associative (4K splinters, set = low VPN bits).
 *
 * <p>Ports: {@code key_*_i}; {@code hit_o}, {@code hit_slot_o} (the lowest matching slot) and
 * {@code entry_*_o} (its contents) — a match regardless of permissions, the caller decides whether
 * it serves; {@code touch_i} marks the hit slot most recently used; {@code fill_*_i} writes the
 * translation of the key at the clock edge into {@code fill_slot_o} (the fill rule of
 * {@link CacheWays}); {@code flush_*_i} clears the entries the flush table names, in one cycle.
 */
public final class TlbArray extends Module implements TlbLevel {
    public final TlbKey key;
    public final Bool hit;
    public final UInt hitSlot;
    public final TlbEntry entry;
    public final Bool touch;
    public final TlbFill fill;
    public final UInt fillSlot;
    public final FlushCommand flush;

    public TlbArray(String name, MmuConfig c, CacheGeometry g) {
        super(name);
        boolean splinter = !g.fullyAssociative();
        key = input("key", TlbKey.type(c));
        hit = output("hit", bool());
        CacheWays ways = new CacheWays(this, g);
        hitSlot = output("hit_slot", uint(ways.slotBits()));
        entry = output("entry", TlbEntry.type(c));
        touch = input("touch", bool());
        fill = input("fill", TlbFill.type(c));
        fillSlot = output("fill_slot", uint(ways.slotBits()));
        flush = input("flush", FlushCommand.type(c));

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
        ways.touch(touch, hitSlot);

        // A key's matches all lie in its own set (the set bits are VPN bits), so they need no mask.
        UInt set = splinter && ways.setBits() > 0 ? node("fill_set", key.vpn.bits(ways.setBits() - 1, 0)) : null;
        fillSlot.set(ways.fillSlot(set, hits));
        TlbEntry filled = TlbMatch.entryOf(this, "fill_entry", key, fill, splinter, c);
        UInt fillOneHot = node("fill_one_hot", ways.decode(fillSlot));
        for (int s = 0; s < g.entries(); s++) {
            TlbEntry e = entries.get(s);
            when(fill.valid.and(fillOneHot.bit(s)), () -> e.set(filled));
        }
        ways.validate(fill.valid, fillOneHot);
        ways.touch(fill.valid, fillSlot);
        ways.invalidate(flush.valid, vecOf(flushed).asUInt());
        this.splinter = splinter;
    }

    private final boolean splinter;

    @Override public TlbKey key() { return key; }
    @Override public Bool hit() { return hit; }
    @Override public TlbEntry entry() { return entry; }
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
        hitSlot.unused();
        fillSlot.unused();
    }
}
