package nestmmu.mmu.tlb;

import static nestmmu.hdl.Hw.cat;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.muxLookup;

import java.util.LinkedHashMap;
import java.util.Map;

import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings.FlushOp;
import nestmmu.mmu.cache.FlushCommand;

/**
 * The TLB's comparisons, shared by the register array and the set-associative memory array:
 * when an entry answers a key, when a flush removes it, what address it gives, and what a fill
 * stores. sim/README.md "TLB" and "Flushes" are the rules.
 */
public final class TlbMatch {
    private TlbMatch() {}

    /** VA bits 47:12 that name a page of {@code size}: the bits below the page size are cleared. */
    public static UInt vpnMask(UInt size) {
        return sizeMask(size, Paging.VA_BITS - Paging.PAGE_SHIFT);
    }

    /** The same for a {@code bits}-wide page number (a VPN, or a PPN of {@code physAddrBits − 12} bits). */
    static UInt sizeMask(UInt size, int bits) {
        Map<Integer, UInt> masks = new LinkedHashMap<>();
        for (PageSize p : PageSize.values()) {
            int low = p.shift() - Paging.PAGE_SHIFT;
            masks.put(p.ordinal(), lit(((1L << bits) - 1) & ~((1L << low) - 1), bits));
        }
        return muxLookup(size, masks.get(PageSize.SIZE_4K.ordinal()), masks);
    }

    /** Whether two VPNs lie in the same page of {@code size}. */
    public static Bool samePage(UInt vpnA, UInt vpnB, UInt size) {
        return vpnA.xor(vpnB).and(vpnMask(size)).orR().not();
    }

    /**
     * The entry translates the key: same VMID, same ASID unless global, and the key's page —
     * at the entry's own page size, or at 4K when the TLB splinters (set associative).
     */
    public static Bool answers(TlbEntry e, TlbKey k, boolean splinter) {
        Bool sameSpace = e.vmid.eq(k.vmid).and(e.global.or(e.asid.eq(k.asid)));
        return sameSpace.and(splinter ? e.vpn.eq(k.vpn) : samePage(e.vpn, k.vpn, e.size));
    }

    /** The flush removes the entry (valid or not: clearing an invalid entry changes nothing). */
    public static Bool flushes(TlbEntry e, FlushCommand f) {
        Bool vmid = e.vmid.eq(f.vmid);
        Bool asidOrGlobal = e.global.or(e.asid.eq(f.asid));
        return f.is(FlushOp.ALL)
                .or(f.is(FlushOp.VMID).and(vmid))
                .or(f.is(FlushOp.ASID).and(vmid).and(e.asid.eq(f.asid)).and(e.global.not()))
                .or(f.is(FlushOp.ADDRESS).and(vmid).and(asidOrGlobal).and(samePage(e.vpn, f.vpn, e.size)));
    }

    /** The physical address of {@code va} (48 bits) through the entry. */
    public static UInt translate(TlbEntry e, UInt va, boolean splinter, MmuConfig c) {
        UInt ppn = e.ppn;
        if (splinter) return cat(ppn, va.bits(Paging.PAGE_SHIFT - 1, 0));
        Map<Integer, UInt> bySize = new LinkedHashMap<>();
        for (PageSize p : PageSize.values()) {
            int low = p.shift() - Paging.PAGE_SHIFT;
            bySize.put(p.ordinal(), cat(ppn.bits(ppn.width() - 1, low), va.bits(p.shift() - 1, 0)));
        }
        return muxLookup(e.size, bySize.get(PageSize.SIZE_4K.ordinal()), bySize);
    }

    /**
     * What a fill of {@code key} stores. A fully associative TLB clears the tag and frame bits
     * below the page size, so the entry is the page; a set-associative one keeps the 4K page.
     */
    public static TlbEntry entryOf(Module m, String name, TlbKey key, TlbFill fill, boolean splinter, MmuConfig c) {
        TlbEntry e = m.wire(name, TlbEntry.type(c));
        e.vmid.set(key.vmid);
        e.asid.set(key.asid);
        e.global.set(fill.global);
        e.size.set(fill.size);
        e.perm.set(fill.perm);
        e.dirty.set(fill.dirty);
        if (splinter) {
            e.vpn.set(key.vpn);
            e.ppn.set(fill.ppn);
        } else {
            e.vpn.set(key.vpn.and(vpnMask(fill.size)));
            e.ppn.set(fill.ppn.and(sizeMask(fill.size, fill.ppn.width())));
        }
        return e;
    }
}
