package nestmmu.mmu.walk;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.uint;

import nestmmu.arch.Paging;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings;

/**
 * The walker's side of the page-walk cache: the lookup result it may start from (flipped:
 * inputs) and the fill of each non-leaf entry it passes, one cycle after it moved past it.
 */
public final class PwcLink extends Bundle {
    public final Bool hit;
    public final UInt hitLevel;
    public final UInt hitTable;
    public final UInt hitPerm;
    public final Bool fillValid;
    public final UInt fillLevel;
    public final UInt fillTable;
    public final UInt fillPerm;

    public PwcLink(Fields f, MmuConfig c) {
        super(f);
        int tableBits = c.physAddrBits() - Paging.PAGE_SHIFT;
        hit = f.flipped("hit", bool());
        hitLevel = f.flipped("hit_level", uint(Encodings.LEVEL_BITS));
        hitTable = f.flipped("hit_table", uint(tableBits));
        hitPerm = f.flipped("hit_perm", uint(Encodings.PERM_BITS));
        fillValid = f.bool("fill_valid");
        fillLevel = f.uint("fill_level", Encodings.LEVEL_BITS);
        fillTable = f.uint("fill_table", tableBits);
        fillPerm = f.uint("fill_perm", Encodings.PERM_BITS);
    }

    public static HwType<PwcLink> type(MmuConfig c) {
        return f -> new PwcLink(f, c);
    }
}
