package nestmmu.mmu.cache;

import nestmmu.arch.Paging;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings;

/**
 * A page-walk-cache entry: a non-leaf entry of level 4, 3 or 2 of the VA dimension. Tag {vmid,
 * asid, level, prefix}: {@code prefix} is VA bits 47:21, of which the bits below the level's shift
 * are zero (level 2 uses all 27, level 3 the top 18, level 4 the top 9). Data: the next table's
 * 4K page number (guest-physical in nested mode) and the permissions accumulated down to this level.
 */
public final class PwcEntry extends Bundle {
    /** VA bits 47:21, the longest prefix (that of a level-2 entry). */
    public static final int PREFIX_BITS = Paging.VA_BITS - Paging.shift(2);

    public final UInt vmid;
    public final UInt asid;
    /** Level code (level − 1): 1, 2 or 3. */
    public final UInt level;
    public final UInt prefix;
    public final UInt table;
    public final UInt perm;

    public PwcEntry(Fields f, MmuConfig c) {
        super(f);
        vmid = f.uint("vmid", c.vmidBits());
        asid = f.uint("asid", c.asidBits());
        level = f.uint("level", Encodings.LEVEL_BITS);
        prefix = f.uint("prefix", PREFIX_BITS);
        table = f.uint("table", c.physAddrBits() - Paging.PAGE_SHIFT);
        perm = f.uint("perm", Encodings.PERM_BITS);
    }

    public static HwType<PwcEntry> type(MmuConfig c) {
        return f -> new PwcEntry(f, c);
    }
}
