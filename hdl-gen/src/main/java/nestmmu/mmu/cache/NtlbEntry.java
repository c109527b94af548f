package nestmmu.mmu.cache;

import nestmmu.arch.Paging;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings;

/**
 * A nested-TLB entry: tag {vmid, guest-physical 4K page}; data {host-physical 4K page, the host
 * permissions and the host leaf's D bit} of a guest page-table page.
 */
public final class NtlbEntry extends Bundle {
    public final UInt vmid;
    public final UInt gpage;
    public final UInt hpage;
    public final UInt perm;
    public final Bool dirty;

    public NtlbEntry(Fields f, MmuConfig c) {
        super(f);
        vmid = f.uint("vmid", c.vmidBits());
        gpage = f.uint("gpage", pageBits(c));
        hpage = f.uint("hpage", pageBits(c));
        perm = f.uint("perm", Encodings.PERM_BITS);
        dirty = f.bool("dirty");
    }

    public static HwType<NtlbEntry> type(MmuConfig c) {
        return f -> new NtlbEntry(f, c);
    }

    public static int pageBits(MmuConfig c) {
        return c.physAddrBits() - Paging.PAGE_SHIFT;
    }
}
