package nestmmu.tb.mmu;

import nestmmu.arch.Paging;
import nestmmu.sim.model.Context;
import nestmmu.tb.Dut;
import nestmmu.tb.ValidReadyDriver;

/** Drives {@code req_*}: one {@link TranslationRequest} at a time, held until {@code req_ready_o} takes it. */
public final class TranslationDriver extends ValidReadyDriver<TranslationRequest> {
    private final MmuPins pins;
    private long acceptedEdge = -1;

    public TranslationDriver(MmuPins pins) {
        super(pins.reqValid.name(), pins.reqReady.name());
        this.pins = pins;
    }

    @Override
    protected void payload(Dut dut, TranslationRequest r) {
        Context c = r.context();
        pins.reqVa.set(r.va() & Paging.VA_MASK);
        pins.reqAccess.set(PinCodes.access(r.access()));
        pins.reqUser.set(r.user() ? 1 : 0);
        pins.reqMode.set(PinCodes.mode(c.mode()));
        pins.reqVmid.set(c.vmid());
        pins.reqAsid.set(c.asid());
        pins.reqRoot.set(c.root());
        pins.reqNroot.set(Math.max(0, c.nestedRoot()));
    }

    @Override
    protected void onAccepted(Dut dut, TranslationRequest r) {
        acceptedEdge = dut.cycle() + 1;
    }

    /** The edge that took the last request (-1 before the first). */
    public long acceptedEdge() {
        return acceptedEdge;
    }
}
