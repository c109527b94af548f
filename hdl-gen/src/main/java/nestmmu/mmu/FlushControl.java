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
 * The control port: {@code ctl_valid_i}/{@code ctl_ready_o}, {@code ctl_op_i}
 * ({@link Encodings.FlushOp}), {@code ctl_vmid_i}, {@code ctl_asid_i}, {@code ctl_va_i}.
 */
public final class FlushControl extends Bundle {
    public final Bool valid;
    public final Bool ready;
    public final UInt op;
    public final UInt vmid;
    public final UInt asid;
    public final UInt va;

    public FlushControl(Fields f, MmuConfig c) {
        super(f);
        valid = f.bool("valid");
        ready = f.flipped("ready", bool());
        op = f.uint("op", Encodings.FlushOp.BITS);
        vmid = f.uint("vmid", c.vmidBits());
        asid = f.uint("asid", c.asidBits());
        va = f.uint("va", Paging.VA_BITS);
    }

    public static HwType<FlushControl> type(MmuConfig c) {
        return f -> new FlushControl(f, c);
    }

    public Bool fire() {
        return valid.and(ready);
    }
}
