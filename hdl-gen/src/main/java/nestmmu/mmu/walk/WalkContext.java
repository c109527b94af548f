package nestmmu.mmu.walk;

import nestmmu.arch.Paging;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings;

/** The request a walk serves, held steady by the MMU until the walk is done. */
public final class WalkContext extends Bundle {
    public final UInt va;
    public final UInt access;
    public final Bool user;
    public final Bool nested;
    public final UInt root;
    public final UInt nroot;

    public WalkContext(Fields f, MmuConfig c) {
        super(f);
        va = f.uint("va", Paging.VA_BITS);
        access = f.uint("access", Encodings.ACCESS_BITS);
        user = f.bool("user");
        nested = f.bool("nested");
        root = f.uint("root", c.physAddrBits());
        nroot = f.uint("nroot", c.physAddrBits());
    }

    public static HwType<WalkContext> type(MmuConfig c) {
        return f -> new WalkContext(f, c);
    }
}
