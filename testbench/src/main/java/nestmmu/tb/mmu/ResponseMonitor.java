package nestmmu.tb.mmu;

import java.util.Optional;
import java.util.SplittableRandom;

import nestmmu.tb.Dut;
import nestmmu.tb.Monitor;

/**
 * Takes responses on {@code rsp_*}: drives {@code rsp_ready_i} (always high, or low at random to
 * exercise the MMU holding its response) and turns each response it takes into an
 * {@link RtlResponse}, with the cycle count of the timing contract measured from the edge the
 * {@link TranslationDriver} saw the request taken to the first cycle the response was valid.
 */
public final class ResponseMonitor extends Monitor<RtlResponse> {
    private final MmuPins pins;
    private final TranslationDriver requests;
    private final SplittableRandom backPressure;
    private final double stallProbability;
    private boolean readyNow;
    private long firstValid = -1;

    /** {@code backPressure} null: always ready. */
    public ResponseMonitor(MmuPins pins, TranslationDriver requests, SplittableRandom backPressure, double stallProbability) {
        this.pins = pins;
        this.requests = requests;
        this.backPressure = backPressure;
        this.stallProbability = stallProbability;
    }

    @Override
    public void beforeEdge(Dut dut) {
        readyNow = backPressure == null || backPressure.nextDouble() >= stallProbability;
        pins.rspReady.set(readyNow ? 1 : 0);
    }

    @Override
    protected Optional<RtlResponse> sample(Dut dut) {
        if (pins.rspValid.get() == 0) return Optional.empty();
        if (firstValid < 0) firstValid = dut.cycle();
        if (!readyNow) return Optional.empty();
        RtlResponse r = new RtlResponse(pins.rspFault.get(), pins.rspPa.get(), pins.rspPageSize.get(), pins.rspPerm.get(),
                pins.rspDirty.get() == 1, pins.rspGlobal.get() == 1, pins.rspErrorCode.get(), pins.rspNpfFinal.get() == 1, pins.rspNpfTable.get() == 1,
                pins.rspFaultAddr.get(), pins.rspSource.get(), firstValid - requests.acceptedEdge());
        firstValid = -1;
        return Optional.of(r);
    }
}
