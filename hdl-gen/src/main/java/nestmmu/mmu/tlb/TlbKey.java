package nestmmu.mmu.tlb;

import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings;

/** What a TLB is searched with, and what a fill stores as the tag: VMID, ASID and VA bits 47:12. */
public final class TlbKey extends Bundle {
    public final UInt vmid;
    public final UInt asid;
    public final UInt vpn;

    public TlbKey(Fields f, MmuConfig c) {
        super(f);
        vmid = f.uint("vmid", c.vmidBits());
        asid = f.uint("asid", c.asidBits());
        vpn = f.uint("vpn", Encodings.VPN_BITS);
    }

    public static HwType<TlbKey> type(MmuConfig c) {
        return f -> new TlbKey(f, c);
    }
}
