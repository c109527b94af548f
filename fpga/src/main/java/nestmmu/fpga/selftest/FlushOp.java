package nestmmu.fpga.selftest;

import nestmmu.sim.model.MmuModel;

/** The flushes of the MMU's control port, as the model performs them; {@link #code()} is the value of {@code ctl_op_i}. */
public enum FlushOp {
    ALL, VMID, ASID, ADDRESS;

    public int code() { return PortCodes.flush(this); }

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
