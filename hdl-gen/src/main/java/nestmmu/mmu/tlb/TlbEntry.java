package nestmmu.mmu.tlb;

import nestmmu.arch.Paging;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings;

/**
 * One TLB entry: tag {vmid, asid, global, vpn, size} and data {ppn, perm, dirty}. {@code vpn} is
 * VA bits 47:12 and {@code ppn} PA bits PA−1:12. A fully associative TLB keeps the page size it
 * was filled with and clears the bits below it in both; a set-associative one holds the 4K page
 * that was accessed and {@code size} only remembers where it came from (for address flushes and
 * the reported page size). Valid bits live beside the entries.
 */
public final class TlbEntry extends Bundle {
    public final UInt vmid;
    public final UInt asid;
    public final Bool global;
    public final UInt vpn;
    /** {@link nestmmu.arch.PageSize#ordinal()}. */
    public final UInt size;
    public final UInt ppn;
    public final UInt perm;
    public final Bool dirty;

    public TlbEntry(Fields f, MmuConfig c) {
        super(f);
        vmid = f.uint("vmid", c.vmidBits());
        asid = f.uint("asid", c.asidBits());
        global = f.bool("global");
        vpn = f.uint("vpn", Encodings.VPN_BITS);
        size = f.uint("size", Encodings.LEVEL_BITS);
        ppn = f.uint("ppn", ppnBits(c));
        perm = f.uint("perm", Encodings.PERM_BITS);
        dirty = f.bool("dirty");
    }

    public static HwType<TlbEntry> type(MmuConfig c) {
        return f -> new TlbEntry(f, c);
    }

    /** Bits of a 4K physical page number. */
    public static int ppnBits(MmuConfig c) {
        return c.physAddrBits() - Paging.PAGE_SHIFT;
    }
}
