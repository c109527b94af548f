package nestmmu.mmu.walk;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.uint;

import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings;
import nestmmu.mmu.cache.NtlbEntry;

/**
 * The walker's side of the nested TLB: the guest page it looks up (the page of the guest entry in
 * progress), the answer (flipped: inputs), a touch when a hit served, a lookup strobe for the
 * counters, and the fill after a host walk of a guest table page.
 */
public final class NtlbLink extends Bundle {
    public final UInt gpage;
    public final Bool hit;
    public final UInt hitHpage;
    public final UInt hitPerm;
    public final Bool hitDirty;
    public final Bool lookup;
    public final Bool touch;
    public final Bool fillValid;
    public final UInt fillHpage;
    public final UInt fillPerm;
    public final Bool fillDirty;

    public NtlbLink(Fields f, MmuConfig c) {
        super(f);
        int pageBits = NtlbEntry.pageBits(c);
        gpage = f.uint("gpage", pageBits);
        hit = f.flipped("hit", bool());
        hitHpage = f.flipped("hit_hpage", uint(pageBits));
        hitPerm = f.flipped("hit_perm", uint(Encodings.PERM_BITS));
        hitDirty = f.flipped("hit_dirty", bool());
        lookup = f.bool("lookup");
        touch = f.bool("touch");
        fillValid = f.bool("fill_valid");
        fillHpage = f.uint("fill_hpage", pageBits);
        fillPerm = f.uint("fill_perm", Encodings.PERM_BITS);
        fillDirty = f.bool("fill_dirty");
    }

    public static HwType<NtlbLink> type(MmuConfig c) {
        return f -> new NtlbLink(f, c);
    }
}
