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
 * The translation request, with the whole context on it (the MMU keeps no per-VM state):
 * {@code req_valid_i}/{@code req_ready_o}, {@code req_va_i}, {@code req_access_i}, {@code req_user_i},
 * {@code req_mode_i}, {@code req_vmid_i}, {@code req_asid_i}, {@code req_root_i}, {@code req_nroot_i}.
 */
public final class TranslationRequest extends Bundle {
    public final Bool valid;
    public final Bool ready;
    public final UInt va;
    public final UInt access;
    public final Bool user;
    public final UInt mode;
    public final UInt vmid;
    public final UInt asid;
    /** CR3: native CR3, the shadow root, or the guest CR3 (guest-physical) in nested mode. */
    public final UInt root;
    /** nCR3, read in nested mode only. */
    public final UInt nroot;

    public TranslationRequest(Fields f, MmuConfig c) {
        super(f);
        valid = f.bool("valid");
        ready = f.flipped("ready", bool());
        va = f.uint("va", Paging.VA_BITS);
        access = f.uint("access", Encodings.ACCESS_BITS);
        user = f.bool("user");
        mode = f.uint("mode", Encodings.MODE_BITS);
        vmid = f.uint("vmid", c.vmidBits());
        asid = f.uint("asid", c.asidBits());
        root = f.uint("root", c.physAddrBits());
        nroot = f.uint("nroot", c.physAddrBits());
    }

    public static HwType<TranslationRequest> type(MmuConfig c) {
        return f -> new TranslationRequest(f, c);
    }

    public Bool fire() {
        return valid.and(ready);
    }
}
