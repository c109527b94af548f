package nestmmu.mmu.cache;

import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings;

/**
 * A flush as every cache receives it: {@code valid} for one cycle, the operation
 * ({@link Encodings.FlushOp}) and its operands; {@code vpn} is VA bits 47:12 of an address flush.
 * Each cache applies the rows of the flush table that concern it.
 */
public final class FlushCommand extends Bundle {
    public final Bool valid;
    public final UInt op;
    public final UInt vmid;
    public final UInt asid;
    public final UInt vpn;

    public FlushCommand(Fields f, MmuConfig c) {
        super(f);
        valid = f.bool("valid");
        op = f.uint("op", Encodings.FlushOp.BITS);
        vmid = f.uint("vmid", c.vmidBits());
        asid = f.uint("asid", c.asidBits());
        vpn = f.uint("vpn", Encodings.VPN_BITS);
    }

    public static HwType<FlushCommand> type(MmuConfig c) {
        return f -> new FlushCommand(f, c);
    }

    public Bool is(Encodings.FlushOp op) {
        return this.op.eq(op.code());
    }
}
