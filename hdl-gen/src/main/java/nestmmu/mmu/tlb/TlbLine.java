package nestmmu.mmu.tlb;

import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;

/** A TLB entry with its valid bit, as one word of a memory (memories have no reset to clear a separate bit). */
public final class TlbLine extends Bundle {
    public final Bool valid;
    public final TlbEntry entry;

    public TlbLine(Fields f, MmuConfig c) {
        super(f);
        valid = f.bool("valid");
        entry = f.field("entry", TlbEntry.type(c));
    }

    public static HwType<TlbLine> type(MmuConfig c) {
        return f -> new TlbLine(f, c);
    }
}
