package nestmmu.mmu.cache;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.cat;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.log2Ceil;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.ones;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vec;
import static nestmmu.hdl.Hw.vecOf;
import static nestmmu.hdl.Hw.zeros;

import java.util.ArrayList;
import java.util.List;

import nestmmu.config.CacheGeometry;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.Vec;
import nestmmu.hdl.util.OneHot;
import nestmmu.hdl.util.Plru;
import nestmmu.hdl.util.PriorityEncoder;

/**
 * What every register-based cache here shares, built inside the module that owns the entries:
 * a valid bit per slot (reset to 0), a tree-PLRU state per set ({@link Plru}'s convention, the
 * model's {@code TreePlru}) and the one fill rule of sim/README.md: the slot a lookup of the same
 * key hits, else the lowest invalid slot of the set, else the set's PLRU victim. Slots are
 * numbered {@code set * ways + way}, as in the model.
 */
public final class CacheWays {
    private final Module owner;
    private final int entries;
    private final int ways;
    private final int sets;
    /** Valid bit per slot; flushes clear it, fills set it. */
    public final Vec<Bool> valid;
    /** PLRU state per set; null for direct-mapped caches (one way, nothing to choose). */
    private final Vec<UInt> plru;

    public CacheWays(Module owner, CacheGeometry geometry) {
        if (!geometry.enabled()) throw new IllegalArgumentException("cache is absent");
        this.owner = owner;
        this.entries = geometry.entries();
        this.ways = geometry.ways();
        this.sets = geometry.sets();
        this.valid = owner.regInit("valid", zeros(vec(entries, bool())));
        this.plru = ways > 1 ? owner.regInit("plru", zeros(vec(sets, uint(ways - 1)))) : null;
    }

    public int entries() { return entries; }

    public int ways() { return ways; }

    public int sets() { return sets; }

    /** Width of a slot number (at least 1). */
    public int slotBits() { return log2Ceil(entries); }

    /** Width of a set number; 0 when the cache is fully associative. */
    public int setBits() { return Integer.numberOfTrailingZeros(sets); }

    /** Width of a way number; 0 when the cache is direct-mapped. */
    public int wayBits() { return Integer.numberOfTrailingZeros(ways); }

    /** One bit per slot: the slots of {@code set} (every slot when there is one set, and {@code set} may be null). */
    public UInt slotsOf(UInt set) {
        if (sets == 1) return ones(entries);
        List<Bool> in = new ArrayList<>();
        for (int s = 0; s < entries; s++) in.add(set.eq(s / ways));
        return vecOf(in).asUInt();
    }

    /** The number of the slot {@code way} of {@code set}; either part may be null when it has no bits. */
    public UInt slot(UInt set, UInt way) {
        List<UInt> parts = new ArrayList<>();
        if (setBits() > 0) parts.add(set);
        if (wayBits() > 0) parts.add(way);
        return parts.isEmpty() ? lit(0, 1) : cat(parts);
    }

    /** Index of the lowest set bit of a per-slot mask (0 when none). */
    public UInt lowest(UInt perSlot) {
        return entries == 1 ? lit(0, 1) : PriorityEncoder.of(perSlot);
    }

    /** The same as a one-hot mask. */
    public static UInt lowestOneHot(UInt perSlot) {
        return perSlot.width() == 1 ? perSlot : OneHot.lowest(perSlot);
    }

    /**
     * The slot a fill uses. {@code matches}: the slots of {@code set} that a lookup of the filled
     * key hits (the lowest wins); {@code set} may be null for a fully associative cache.
     */
    public UInt fillSlot(UInt set, UInt matches) {
        UInt freeInSet = valid.asUInt().not().and(slotsOf(set));
        return mux(matches.orR(), lowest(matches), mux(freeInSet.orR(), lowest(freeInSet), victim(set)));
    }

    /** The PLRU victim of {@code set}, as a slot number. */
    public UInt victim(UInt set) {
        if (plru == null) return slot(set, null);
        UInt state = sets == 1 ? plru.get(0) : plru.at(set);
        return slot(set, Plru.victimOf(state));
    }

    /** When {@code enable}, makes {@code slot} the most recently used of its set. */
    public void touch(Bool enable, UInt slot) {
        if (plru == null) return;
        UInt way = slot.bits(wayBits() - 1, 0);
        for (int s = 0; s < sets; s++) {
            UInt state = plru.get(s);
            Bool here = setBits() == 0 ? enable : enable.and(slot.bits(slotBits() - 1, wayBits()).eq(s));
            owner.when(here, () -> state.set(Plru.touched(state, way)));
        }
    }

    /** When {@code enable}, sets the valid bit of {@code slot}. */
    public void validate(Bool enable, UInt oneHotSlot) {
        for (int s = 0; s < entries; s++) {
            Bool v = valid.get(s);
            owner.when(enable.and(oneHotSlot.bit(s)), () -> v.set(true));
        }
    }

    /** When {@code enable}, clears the valid bit of every slot whose bit is set in {@code perSlot}. */
    public void invalidate(Bool enable, UInt perSlot) {
        for (int s = 0; s < entries; s++) {
            Bool v = valid.get(s);
            owner.when(enable.and(perSlot.bit(s)), () -> v.set(false));
        }
    }

    /** One-hot of a slot number. */
    public UInt decode(UInt slot) {
        return entries == 1 ? lit(1, 1) : OneHot.decode(slot, entries);
    }
}
