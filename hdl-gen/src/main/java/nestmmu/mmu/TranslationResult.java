package nestmmu.mmu;

import static nestmmu.hdl.Hw.bool;

import nestmmu.arch.Paging;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;
import nestmmu.hdl.UInt;

/**
 * What a translation produced, as the response port carries it. {@link #port} adds the
 * valid/ready handshake in front ({@code rsp_valid_o}, {@code rsp_ready_i}, {@code rsp_pa_o}, ...);
 * {@link #type} is the bare result, for the response register and the walker's output.
 */
public final class TranslationResult extends Bundle {
    /** Null in the bare result. */
    public final Bool valid;
    /** Null in the bare result. */
    public final Bool ready;
    /** Host-physical address; 0 after a fault. */
    public final UInt pa;
    /** {@link nestmmu.arch.PageSize#ordinal()} of the translation (the smaller of guest and host page). */
    public final UInt pageSize;
    /** Bit 0 W, bit 1 U, bit 2 X. */
    public final UInt perm;
    /** {@link Encodings.Fault}. */
    public final UInt fault;
    /** #PF error code, or EXITINFO1[4:0] of a #NPF. */
    public final UInt errorCode;
    /** EXITINFO1 bit 32: the #NPF hit the final guest-physical address. */
    public final Bool npfFinal;
    /** EXITINFO1 bit 33: the #NPF hit a guest page-table access. */
    public final Bool npfTable;
    /** #PF: the faulting VA (bits 47:0); #NPF: EXITINFO2, the faulting guest-physical address. */
    public final UInt faultAddr;
    /** {@link Encodings.Source}. */
    public final UInt source;
    /** The translation may be written without a walk: D of the leaf (guest and host leaf in nested mode). */
    public final Bool dirty;
    /** G of the (guest) leaf: the TLB entry matches every ASID of its VMID. */
    public final Bool global;

    private TranslationResult(Fields f, MmuConfig c, boolean handshake) {
        super(f);
        valid = handshake ? f.bool("valid") : null;
        ready = handshake ? f.flipped("ready", bool()) : null;
        pa = f.uint("pa", c.physAddrBits());
        pageSize = f.uint("page_size", Encodings.LEVEL_BITS);
        perm = f.uint("perm", Encodings.PERM_BITS);
        fault = f.uint("fault", Encodings.Fault.BITS);
        errorCode = f.uint("error_code", Encodings.ERROR_CODE_BITS);
        npfFinal = f.bool("npf_final");
        npfTable = f.bool("npf_table");
        faultAddr = f.uint("fault_addr", faultAddrBits(c));
        source = f.uint("source", Encodings.Source.BITS);
        dirty = f.bool("dirty");
        global = f.bool("global");
    }

    /** The bare result. */
    public static HwType<TranslationResult> type(MmuConfig c) {
        return f -> new TranslationResult(f, c, false);
    }

    /** The response port: handshake and result. */
    public static HwType<TranslationResult> port(MmuConfig c) {
        return f -> new TranslationResult(f, c, true);
    }

    /** max(48, physAddrBits): a VA or a guest-physical address fits. */
    public static int faultAddrBits(MmuConfig c) {
        return Math.max(Paging.VA_BITS, c.physAddrBits());
    }

    /** Drives every result field (not the handshake) from {@code r}. */
    public void setResult(TranslationResult r) {
        pa.set(r.pa);
        pageSize.set(r.pageSize);
        perm.set(r.perm);
        fault.set(r.fault);
        errorCode.set(r.errorCode);
        npfFinal.set(r.npfFinal);
        npfTable.set(r.npfTable);
        faultAddr.set(r.faultAddr);
        source.set(r.source);
        dirty.set(r.dirty);
        global.set(r.global);
    }
}
