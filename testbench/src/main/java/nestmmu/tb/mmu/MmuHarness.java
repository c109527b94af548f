package nestmmu.tb.mmu;

import java.util.ArrayDeque;
import java.util.SplittableRandom;

import nestmmu.config.MmuConfig;
import nestmmu.sim.mem.Memory;
import nestmmu.tb.Clock;
import nestmmu.tb.Dut;

/**
 * A generated MMU with everything around it: its memory ({@link MemoryResponder} over a
 * {@link Memory} of its own), a {@link TranslationDriver}, a {@link ControlDriver} and a
 * {@link ResponseMonitor}, with the clock started and the design reset. It runs one operation at a
 * time, as the model does: {@link #translate} waits for the response, {@link #flush} for the
 * control port to take the flush (the MMU holds {@code req_ready_o} low until the flush is done).
 * A hang is a result: after {@link #timeoutCycles()} without an answer the call returns one that
 * says so.
 */
public final class MmuHarness {
    /** Most memory references one translation can make (reads and A/D writes, write translations included). */
    private static final int MAX_REFERENCES = nestmmu.mmu.walk.Walker2D.MAX_REFERENCES;

    private final Dut dut;
    private final Clock clock;
    private final MmuPins pins;
    private final MemoryResponder memory;
    private final TranslationDriver requests;
    private final ControlDriver control;
    private final ArrayDeque<RtlResponse> responses = new ArrayDeque<>();
    private final long timeoutCycles;

    /**
     * Attaches the components to {@code dut}, starts its clock and resets it. {@code responseBackPressure}
     * (may be null: always ready) lowers {@code rsp_ready_i} at random, a quarter of the cycles.
     */
    public MmuHarness(Dut dut, MmuConfig config, Memory rtlMemory, MemoryTiming timing, SplittableRandom responseBackPressure) {
        this.dut = dut;
        this.pins = new MmuPins(dut, config);
        this.memory = dut.attach(new MemoryResponder(pins.memory, rtlMemory, timing));
        this.requests = dut.attach(new TranslationDriver(pins));
        this.control = dut.attach(new ControlDriver(pins));
        ResponseMonitor monitor = dut.attach(new ResponseMonitor(pins, requests, responseBackPressure, 0.25));
        monitor.subscribe(responses::addLast);
        this.timeoutCycles = timeoutFor(timing);
        this.clock = dut.clock().start();
        dut.reset();
    }

    private static long timeoutFor(MemoryTiming timing) {
        int latency = timing instanceof FixedLatency f ? f.latency() : 64;
        return 1_000L + (long) MAX_REFERENCES * (latency + 2) * (timing.deterministic() ? 1 : 8);
    }

    /** Offers a translation and returns at once (for a test that interrupts it); {@link #translate} waits for it. */
    public void send(TranslationRequest request) {
        requests.send(request);
    }

    /** Runs one translation to its response (or to the timeout). */
    public RtlTranslation translate(TranslationRequest request) {
        requests.send(request);
        long start = dut.cycle();
        while (responses.isEmpty() && dut.cycle() - start < timeoutCycles) dut.await(clock.risingEdge());
        RtlResponse r = responses.pollFirst();
        return new RtlTranslation(r, memory.takeAccesses(), memory.takeViolations(), dut.cycle() - start);
    }

    /** Hands a flush to the control port; returns the cycles until it was taken, or -1 after the timeout. */
    public long flush(FlushRequest flush) {
        control.send(flush);
        long start = dut.cycle();
        while (control.pending() > 0) {
            if (dut.cycle() - start >= timeoutCycles) return -1;
            dut.await(clock.risingEdge());
        }
        return dut.cycle() - start;
    }

    /** Lets {@code cycles} pass with nothing driven. */
    public void idle(int cycles) {
        dut.await(clock.cycles(cycles));
    }

    public long timeoutCycles() {
        return timeoutCycles;
    }

    public Dut dut() {
        return dut;
    }

    public MmuPins pins() {
        return pins;
    }

    public MemoryResponder memory() {
        return memory;
    }
}
