package nestmmu.fpga.selftest;

import nestmmu.sim.model.MmuModel;

/** The flushes of the MMU's control port; {@link #code()} is the value of {@code ctl_op_i}. */
public enum FlushOp {
    ALL(0), VMID(1), ASID(2), ADDRESS(3);

    private final int code;

    FlushOp(int code) { this.code = code; }

    public int code() { return code; }

    /** The same flush in the model. */
    public void apply(MmuModel model, int vmid, int asid, long va) {
        switch (this) {
            case ALL -> model.flushAll();
            case VMID -> model.flushVmid(vmid);
            case ASID -> model.flushAsid(vmid, asid);
            case ADDRESS -> model.flushAddress(vmid, asid, va);
        }
    }
}
