package nestmmu.mmu.cache;

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
import nestmmu.mmu.Encodings.FlushOp;

/**
 * The nested TLB (sim/README.md "Nested TLB"): guest-physical to host-physical translations of
 * guest page-table pages, in registers, searched in one cycle.
 *
 * <p>Ports: the key {@code key_vmid_i}, {@code key_gpage_i}; {@code hit_o} with the lowest
 * matching slot's {@code hit_hpage_o}, {@code hit_perm_o}, {@code hit_dirty_o} (the walker decides
 * whether the hit serves a read or a write); {@code touch_i} marks it most recently used;
 * {@code fill_*_i} stores the key's translation (into {@code fill_slot_o}); a flush of all or of a
 * VMID empties it, the ASID and address flushes leave it alone.
 */
public final class NestedTlb extends Module {
    public final UInt keyVmid;
    public final UInt keyGpage;
    public final Bool hit;
    public final UInt hitHpage;
    public final UInt hitPerm;
    public final Bool hitDirty;
    public final Bool touch;
    public final Bool fillValid;
    public final UInt fillHpage;
    public final UInt fillPerm;
    public final Bool fillDirty;
    public final UInt fillSlot;
    public final FlushCommand flush;

    public NestedTlb(String name, MmuConfig c, CacheGeometry g) {
        super(name);
        int pageBits = NtlbEntry.pageBits(c);
        keyVmid = input("key_vmid", uint(c.vmidBits()));
        keyGpage = input("key_gpage", uint(pageBits));
        hit = output("hit", bool());
        hitHpage = output("hit_hpage", uint(pageBits));
        hitPerm = output("hit_perm", uint(Encodings.PERM_BITS));
        hitDirty = output("hit_dirty", bool());
        touch = input("touch", bool());
        fillValid = input("fill_valid", bool());
        fillHpage = input("fill_hpage", uint(pageBits));
        fillPerm = input("fill_perm", uint(Encodings.PERM_BITS));
        fillDirty = input("fill_dirty", bool());
        CacheWays ways = new CacheWays(this, g);
        fillSlot = output("fill_slot", uint(ways.slotBits()));
        flush = input("flush", FlushCommand.type(c));
        flush.asid.unused();
        flush.vpn.unused();

        Vec<NtlbEntry> entries = reg("entries", vec(g.entries(), NtlbEntry.type(c)));
        List<Bool> matches = new ArrayList<>();
        List<Bool> flushed = new ArrayList<>();
        for (int s = 0; s < g.entries(); s++) {
            NtlbEntry e = entries.get(s);
            matches.add(ways.valid.get(s).and(e.vmid.eq(keyVmid)).and(e.gpage.eq(keyGpage)));
            flushed.add(flush.is(FlushOp.ALL).or(flush.is(FlushOp.VMID).and(e.vmid.eq(flush.vmid))));
        }
        UInt hits = node("hits", vecOf(matches).asUInt());
        NtlbEntry found = Mux1H.of(CacheWays.lowestOneHot(hits), entries.elements());
        hit.set(hits.orR());
        hitHpage.set(found.hpage);
        hitPerm.set(found.perm);
        hitDirty.set(found.dirty);
        UInt hitSlot = node("hit_slot", ways.lowest(hits));
        ways.touch(touch, hitSlot);

        UInt set = ways.setBits() == 0 ? null : node("fill_set", keyGpage.bits(ways.setBits() - 1, 0));
        fillSlot.set(ways.fillSlot(set, hits));
        NtlbEntry filled = wire("fill_entry", NtlbEntry.type(c));
        filled.vmid.set(keyVmid);
        filled.gpage.set(keyGpage);
        filled.hpage.set(fillHpage);
        filled.perm.set(fillPerm);
        filled.dirty.set(fillDirty);
        UInt fillOneHot = node("fill_one_hot", ways.decode(fillSlot));
        for (int s = 0; s < g.entries(); s++) {
            NtlbEntry e = entries.get(s);
            when(fillValid.and(fillOneHot.bit(s)), () -> e.set(filled));
        }
        ways.validate(fillValid, fillOneHot);
        ways.touch(fillValid, fillSlot);
        ways.invalidate(flush.valid, vecOf(flushed).asUInt());
    }
}
