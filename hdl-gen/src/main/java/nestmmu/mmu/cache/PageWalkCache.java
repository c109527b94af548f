package nestmmu.mmu.cache;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.muxLookup;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vec;
import static nestmmu.hdl.Hw.vecOf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nestmmu.arch.Paging;
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
 * The page-walk cache (sim/README.md "Page-walk cache"): upper-level non-leaf entries of the VA
 * dimension, in registers, searched in one cycle for all three levels at once.
 *
 * <p>Ports: the key {@code key_vmid_i}, {@code key_asid_i}, {@code key_prefix_i} (VA bits 47:21 of
 * the request); {@code hit_o} and the deepest hit — level 2, else 3, else 4, the lowest slot of
 * that level — as {@code hit_level_o} (level code), {@code hit_table_o} (4K page of the next
 * table) and {@code hit_perm_o}; {@code use_i} marks that slot most recently used when there is one
 * (a walk starts from the lookup). {@code fill_*_i} stores a non-leaf entry of the key's VA at {@code fill_level_i}
 * (into {@code fill_slot_o}); {@code flush_*_i}: all, a VMID, or a VMID+ASID (also for an address
 * flush, since the cache cannot tell which prefixes hold the page).
 */
public final class PageWalkCache extends Module {
    /** Level codes of the levels cached, deepest first: the order a lookup prefers them. */
    static final int[] LEVELS_DEEPEST_FIRST = {Encodings.levelCode(2), Encodings.levelCode(3), Encodings.levelCode(4)};

    public final UInt keyVmid;
    public final UInt keyAsid;
    public final UInt keyPrefix;
    public final Bool hit;
    public final UInt hitLevel;
    public final UInt hitTable;
    public final UInt hitPerm;
    public final Bool use;
    public final Bool fillValid;
    public final UInt fillLevel;
    public final UInt fillTable;
    public final UInt fillPerm;
    public final UInt fillSlot;
    public final FlushCommand flush;

    public PageWalkCache(String name, MmuConfig c, CacheGeometry g) {
        super(name);
        keyVmid = input("key_vmid", uint(c.vmidBits()));
        keyAsid = input("key_asid", uint(c.asidBits()));
        keyPrefix = input("key_prefix", uint(PwcEntry.PREFIX_BITS));
        hit = output("hit", bool());
        hitLevel = output("hit_level", uint(Encodings.LEVEL_BITS));
        int tableBits = c.physAddrBits() - Paging.PAGE_SHIFT;
        hitTable = output("hit_table", uint(tableBits));
        hitPerm = output("hit_perm", uint(Encodings.PERM_BITS));
        use = input("use", bool());
        fillValid = input("fill_valid", bool());
        fillLevel = input("fill_level", uint(Encodings.LEVEL_BITS));
        fillTable = input("fill_table", uint(tableBits));
        fillPerm = input("fill_perm", uint(Encodings.PERM_BITS));
        CacheWays ways = new CacheWays(this, g);
        fillSlot = output("fill_slot", uint(ways.slotBits()));
        flush = input("flush", FlushCommand.type(c));
        flush.vpn.unused();

        Vec<PwcEntry> entries = reg("entries", vec(g.entries(), PwcEntry.type(c)));
        List<Bool> matches = new ArrayList<>();
        List<Bool> flushed = new ArrayList<>();
        for (int s = 0; s < g.entries(); s++) {
            PwcEntry e = entries.get(s);
            Bool sameSpace = e.vmid.eq(keyVmid).and(e.asid.eq(keyAsid));
            Bool samePrefix = e.prefix.xor(keyPrefix).and(prefixMask(e.level)).orR().not();
            matches.add(ways.valid.get(s).and(sameSpace).and(samePrefix));
            Bool vmid = e.vmid.eq(flush.vmid);
            flushed.add(flush.is(FlushOp.ALL).or(flush.is(FlushOp.VMID).and(vmid))
                    .or(flush.is(FlushOp.ASID).or(flush.is(FlushOp.ADDRESS)).and(vmid).and(e.asid.eq(flush.asid))));
        }
        UInt hits = node("hits", vecOf(matches).asUInt());
        Map<Integer, UInt> hitsAt = new LinkedHashMap<>();
        for (int level : LEVELS_DEEPEST_FIRST) {
            List<Bool> at = new ArrayList<>();
            for (int s = 0; s < g.entries(); s++) at.add(hits.bit(s).and(entries.get(s).level.eq(level)));
            hitsAt.put(level, node("hits_l" + (level + 1), vecOf(at).asUInt()));
        }
        UInt deepest = hitsAt.get(LEVELS_DEEPEST_FIRST[LEVELS_DEEPEST_FIRST.length - 1]);
        for (int i = LEVELS_DEEPEST_FIRST.length - 2; i >= 0; i--) {
            UInt at = hitsAt.get(LEVELS_DEEPEST_FIRST[i]);
            deepest = mux(at.orR(), at, deepest);
        }
        UInt chosen = node("chosen", CacheWays.lowestOneHot(deepest));
        PwcEntry found = Mux1H.of(chosen, entries.elements());
        hit.set(hits.orR());
        hitLevel.set(found.level);
        hitTable.set(found.table);
        hitPerm.set(found.perm);
        ways.touch(use.and(hits.orR()), ways.lowest(chosen));

        UInt fillMatches = node("fill_matches", muxLookup(fillLevel, lit(0, g.entries()), hitsAt));
        UInt set = ways.setBits() == 0 ? null : node("fill_set", setOf(fillLevel, ways.setBits()));
        fillSlot.set(ways.fillSlot(set, fillMatches));
        PwcEntry filled = wire("fill_entry", PwcEntry.type(c));
        filled.vmid.set(keyVmid);
        filled.asid.set(keyAsid);
        filled.level.set(fillLevel);
        filled.prefix.set(keyPrefix.and(prefixMask(fillLevel)));
        filled.table.set(fillTable);
        filled.perm.set(fillPerm);
        UInt fillOneHot = node("fill_one_hot", ways.decode(fillSlot));
        for (int s = 0; s < g.entries(); s++) {
            PwcEntry e = entries.get(s);
            when(fillValid.and(fillOneHot.bit(s)), () -> e.set(filled));
        }
        ways.validate(fillValid, fillOneHot);
        ways.touch(fillValid, fillSlot);
        ways.invalidate(flush.valid, vecOf(flushed).asUInt());
    }

    /** The prefix bits an entry of {@code level} (a level code) compares: those at and above its shift. */
    static UInt prefixMask(UInt level) {
        Map<Integer, UInt> masks = new LinkedHashMap<>();
        for (int code : LEVELS_DEEPEST_FIRST) {
            int low = Paging.shift(code + 1) - Paging.shift(2);
            masks.put(code, lit(((1L << PwcEntry.PREFIX_BITS) - 1) & ~((1L << low) - 1), PwcEntry.PREFIX_BITS));
        }
        return muxLookup(level, masks.get(LEVELS_DEEPEST_FIRST[0]), masks);
    }

    /** The set of the key's entry at {@code level}: low bits of VA >> shift(level), as in the model. */
    private UInt setOf(UInt level, int setBits) {
        Map<Integer, UInt> bySize = new LinkedHashMap<>();
        for (int code : LEVELS_DEEPEST_FIRST) {
            UInt above = keyPrefix.shr(Paging.shift(code + 1) - Paging.shift(2));
            bySize.put(code, above.width() >= setBits ? above.bits(setBits - 1, 0) : above.pad(setBits));
        }
        return muxLookup(level, bySize.get(LEVELS_DEEPEST_FIRST[0]), bySize);
    }
}
