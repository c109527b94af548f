package nestmmu.mmu.tlb;

import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings;

/**
 * A fill of the translation of the key being searched: its tag comes from the key (a TLB is
 * filled only for the request it just missed), so this carries the rest. {@code ppn} is the
 * 4K frame of the accessed address (PA bits PA−1:12).
 */
public final class TlbFill extends Bundle {
    public final Bool valid;
    public final Bool global;
    public final UInt size;
    public final UInt ppn;
    public final UInt perm;
    public final Bool dirty;

    public TlbFill(Fields f, MmuConfig c) {
        super(f);
        valid = f.bool("valid");
        global = f.bool("global");
        size = f.uint("size", Encodings.LEVEL_BITS);
        ppn = f.uint("ppn", TlbEntry.ppnBits(c));
        perm = f.uint("perm", Encodings.PERM_BITS);
        dirty = f.bool("dirty");
    }

    public static HwType<TlbFill> type(MmuConfig c) {
        return f -> new TlbFill(f, c);
    }
}
