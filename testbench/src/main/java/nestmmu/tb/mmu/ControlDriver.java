package nestmmu.tb.mmu;

import nestmmu.arch.Paging;
import nestmmu.tb.Dut;
import nestmmu.tb.ValidReadyDriver;

/** Drives {@code ctl_*}: one {@link FlushRequest} at a time, held until {@code ctl_ready_o} takes it. */
public final class ControlDriver extends ValidReadyDriver<FlushRequest> {
    private final MmuPins pins;

    public ControlDriver(MmuPins pins) {
        super(pins.ctlValid.name(), pins.ctlReady.name());
        this.pins = pins;
    }

    @Override
    protected void payload(Dut dut, FlushRequest f) {
        pins.ctlOp.set(PinCodes.flush(f.kind()));
        pins.ctlVmid.set(f.vmid());
        pins.ctlAsid.set(f.asid());
        pins.ctlVa.set(f.va() & Paging.VA_MASK);
    }
}
