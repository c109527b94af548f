package nestmmu.tb.mmu.lockstep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nestmmu.arch.AccessType;
import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.sim.model.Context;
import nestmmu.sim.model.FlushKind;
import nestmmu.sim.model.MmuModel;
import nestmmu.sim.model.MmuObserver;
import nestmmu.sim.translate.References;
import nestmmu.sim.translate.TranslationSource;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.tb.Dut;
import nestmmu.tb.mmu.FixedLatency;
import nestmmu.tb.mmu.FlushRequest;
import nestmmu.tb.mmu.MemoryAccess;
import nestmmu.tb.mmu.MemoryTiming;
import nestmmu.tb.mmu.MmuHarness;
import nestmmu.tb.mmu.PerfCounters;
import nestmmu.tb.mmu.PinCodes;
import nestmmu.tb.mmu.RtlTranslation;
import nestmmu.tb.mmu.TranslationRequest;

/**
 * Runs a generated MMU in lockstep with an {@link MmuModel}: every translation and flush the model
 * makes — whoever asks for it: a guest OS, the shadow VMM, a test — the RTL makes next, and the two
 * are compared ({@link TranslationComparison}); at the end the two memories are compared word by
 * word.
 *
 * <p><b>Two memories.</b> The RTL answers from a memory of its own, a copy of the model's taken
 * when the lockstep starts. From then on every software write to the model's memory (page tables
 * built or edited by the guest OS, hypervisor, VMM or a test) is mirrored into it as it happens
 * ({@link SoftwareMirror}), except during a model translation: the model MMU's own A/D writes stay
 * in the model's memory, and the RTL must make the same writes itself, in the same order, or the
 * reference sequence, a later read value, or the final memory shows the difference. Neither side
 * can see the other's A/D writes early, and nothing needs replaying.
 *
 * <p>A mismatch does not stop the run (later ones are counted and the first few described), but
 * an RTL that stops answering does: then the model runs on alone and the report says
 * {@link LockstepReport#stopped()}.
 */
public final class Lockstep implements MmuObserver, AutoCloseable {
    /** How many mismatches are described in the report; the rest are only counted. */
    public static final int DESCRIBED = 10;

    private final MmuModel model;
    private final MmuHarness rtl;
    private final PhysicalMemory rtlMemory;
    private final SoftwareMirror mirror;
    private final boolean compareCycles;
    private final PerfCounters counters;
    private final Map<String, Long> modelAtStart;
    private final List<String> first = new ArrayList<>();
    private long translations;
    private long flushes;
    private long mismatches;
    private long rtlWalks;
    private boolean stopped;
    private boolean stopAtFirstMismatch;
    private TranslationRequest lastRequest;
    private RtlTranslation lastRtl;

    private Lockstep(MmuModel model, MmuHarness rtl, PhysicalMemory rtlMemory) {
        this.model = model;
        this.rtl = rtl;
        this.rtlMemory = rtlMemory;
        this.mirror = new SoftwareMirror(rtlMemory);
        this.compareCycles = rtl.memory().timing() instanceof FixedLatency f && f.latency() == model.timing().memLatency();
        this.counters = new PerfCounters(rtl.dut());
        this.modelAtStart = PerfCounters.of(model);
    }

    /**
     * Starts a lockstep of {@code model} and the MMU in {@code dut} (a fresh instance of the design
     * generated from the model's config): copies the model's memory for the RTL, attaches the
     * harness (clock, reset, memory with {@code timing}; {@code responseBackPressure}, may be null,
     * also holds the response port at random) and starts watching the model. A fixed latency must
     * be the model's memory latency, so that cycle counts compare.
     */
    public static Lockstep start(MmuModel model, Dut dut, MemoryTiming timing, SplittableRandom responseBackPressure) {
        if (timing instanceof FixedLatency f && f.latency() != model.timing().memLatency()) {
            throw new IllegalArgumentException("memory latency " + f.latency() + " differs from the model's "
                    + model.timing().memLatency() + ": cycle counts could not be compared");
        }
        PhysicalMemory rtlMemory = model.memory().copy();
        MmuHarness harness = new MmuHarness(dut, model.config(), rtlMemory, timing, responseBackPressure);
        Lockstep l = new Lockstep(model, harness, rtlMemory);
        model.memory().listen(l.mirror);
        model.addObserver(l);
        return l;
    }

    @Override
    public void translating(Context c, long address, AccessType t, boolean u) {
        mirror.pause();
    }

    @Override
    public void translated(Context c, long address, AccessType t, boolean u, TranslationResult result, References refs) {
        mirror.resume();
        if (stopped) return;
        translations++;
        TranslationRequest request = new TranslationRequest(c, address, t, u);
        RtlTranslation done = rtl.translate(request);
        lastRequest = request;
        lastRtl = done;
        if (!done.timedOut() && done.response().source() == PinCodes.source(TranslationSource.WALK)) rtlWalks++;
        String diff = TranslationComparison.firstDifference(result, refs, done, compareCycles);
        if (diff != null) mismatch("translation #" + translations + " (" + request + "): " + diff);
        if (done.timedOut()) stopped = true;
    }

    @Override
    public void flushed(FlushKind kind, int vmid, int asid, long address) {
        if (stopped) return;
        flushes++;
        FlushRequest f = new FlushRequest(kind, vmid, asid, address);
        if (rtl.flush(f) < 0) {
            mismatch("flush #" + flushes + " (" + f + "): not taken within " + rtl.timeoutCycles() + " cycles");
            stopped = true;
        }
    }

    private void mismatch(String what) {
        mismatches++;
        if (first.size() < DESCRIBED) first.add(what);
        if (stopAtFirstMismatch) stopped = true;
    }

    /** From now on the first mismatch ends the RTL's part (a waveform then ends where the story does). */
    public Lockstep stopAtFirstMismatch() {
        stopAtFirstMismatch = true;
        return this;
    }

    /**
     * Compares the performance counters (unless the RTL's part ended early; cycle counters only with
     * the fixed latency) and the final memories, and says what the run found. Call once, after the
     * last operation.
     */
    public LockstepReport finish() {
        if (!stopped) {
            strayRequests();
            compareCounters();
        }
        MemoryComparison memory = MemoryComparison.of(model.memory(), rtlMemory);
        List<String> described = new ArrayList<>(first);
        for (String m : memory.first) {
            if (described.size() < DESCRIBED) described.add(m);
        }
        return new LockstepReport(translations, flushes, mismatches + memory.differingWords, memory.differingWords,
                List.copyOf(described), stopped, rtlWalks, rtl.memory().reads(), rtl.memory().writes(), rtl.dut().cycle());
    }

    /** Cycles the MMU idles at the end, with nothing in flight, while the memory port is watched. */
    static final int IDLE_AT_END = 64;

    /** After the last operation the MMU must leave memory alone: any request now is outside every walk. */
    private void strayRequests() {
        rtl.idle(IDLE_AT_END);
        List<MemoryAccess> stray = rtl.memory().takeAccesses();
        if (!stray.isEmpty()) {
            mismatch("a memory request with no translation in flight, after the last operation: " + stray.get(0)
                    + (stray.size() > 1 ? " (and " + (stray.size() - 1) + " more)" : ""));
        }
    }

    private void compareCounters() {
        Map<String, Long> rtlCounts = counters.read();
        PerfCounters.of(model).forEach((name, now) -> {
            if (PerfCounters.countsCycles(name) && !compareCycles) return;
            long expected = now - modelAtStart.get(name);
            if (rtlCounts.get(name) != expected) {
                mismatch("performance counter " + name + ": model " + expected + ", rtl " + rtlCounts.get(name));
            }
        });
    }

    /** Mismatches so far (final memory not included until {@link #finish()}). */
    public long mismatches() {
        return mismatches;
    }

    /** The last translation handed to the RTL (null before the first). */
    public TranslationRequest lastRequest() {
        return lastRequest;
    }

    /** What the RTL made of {@link #lastRequest()}, e.g. for a test's own assertions. */
    public RtlTranslation lastRtl() {
        return lastRtl;
    }

    public MmuHarness harness() {
        return rtl;
    }

    /** The RTL's own memory. */
    public PhysicalMemory rtlMemory() {
        return rtlMemory;
    }

    /** Stops watching the model; the DUT is its owner's to close. */
    @Override
    public void close() {
        model.removeObserver(this);
        model.memory().listen(null);
    }
}
