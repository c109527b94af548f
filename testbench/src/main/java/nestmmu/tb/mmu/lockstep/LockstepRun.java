package nestmmu.tb.mmu.lockstep;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.SplittableRandom;

import nestmmu.config.MmuConfig;
import nestmmu.io.AtomicFiles;
import nestmmu.sim.model.Machine;
import nestmmu.sim.model.RunOptions;
import nestmmu.sim.model.SimulationResult;
import nestmmu.sim.verilator.CompiledModel;
import nestmmu.sim.workload.EventStream;
import nestmmu.sim.workload.Workload;
import nestmmu.tb.Dut;
import nestmmu.tb.Seed;
import nestmmu.tb.mmu.MemoryTiming;
import nestmmu.tb.mmu.coverage.Coverage;
import nestmmu.tb.mmu.coverage.CoverageBins;
import nestmmu.tb.mmu.coverage.CoverageCollector;

/**
 * A workload run by the guest OS (and VMM) on a {@link Machine}, every MMU operation made by the
 * golden model and by the generated RTL in lockstep: what {@code ./mmu simulate --engine rtl} and
 * the random regressions do. Deterministic: the same config, options, workload and seed give the
 * same run, which is how a mismatch is replayed with waves up to the first difference.
 */
public final class LockstepRun {
    /** Response and request ports are held back this often with a random latency. */
    static final double STALL_PROBABILITY = 0.25;

    /**
     * @param model    the model's counters (they are the RTL's too, unless {@code lockstep} says otherwise)
     * @param lockstep what the comparison found
     * @param coverage the bins hit, or null when not asked for
     * @param timing   the RTL's memory, described
     * @param waveform the replay's FST, or null
     */
    public record Result(SimulationResult model, LockstepReport lockstep, Coverage coverage, String timing, Path waveform) {}

    private LockstepRun() {}

    public static Result run(MmuConfig config, RunOptions options, Workload workload, RtlRunOptions rtl) {
        return run(config, options, workload, rtl, MmuDesigns.compiled(config));
    }

    /** The same with a model of one's own: {@code config}'s MmuTop, or a test's altered copy of it. */
    public static Result run(MmuConfig config, RunOptions options, Workload workload, RtlRunOptions rtl, CompiledModel model) {
        Once first = once(config, options, workload, rtl, null, model);
        Path wave = null;
        if (!first.report.passed() && rtl.waveformOnMismatch() != null) {
            wave = rtl.waveformOnMismatch();
            AtomicFiles.ensureDirectory(wave.toAbsolutePath().getParent());
            once(config, options, workload, rtl, wave, model);
        }
        Coverage coverage = first.coverage == null ? null
                : Coverage.of(CoverageBins.of(config, EnumSet.of(options.mode())), first.coverage.hits());
        return new Result(SimulationResult.of(first.machine), first.report, coverage, first.timing, wave);
    }

    private record Once(Machine machine, LockstepReport report, CoverageCollector coverage, String timing) {}

    /** One run; with a waveform it is the replay, and the RTL's part ends at the first mismatch. */
    private static Once once(MmuConfig config, RunOptions options, Workload workload, RtlRunOptions rtl, Path waveform,
                             CompiledModel model) {
        Machine machine = Machine.create(config, options);
        SplittableRandom random = new SplittableRandom(rtl.seed());
        MemoryTiming timing = rtl.randomLatency()
                ? MemoryTiming.random(random.split(), 2 * options.memLatency(), STALL_PROBABILITY)
                : MemoryTiming.fixed(options.memLatency());
        SplittableRandom responses = rtl.randomLatency() ? random.split() : null;
        try (Dut dut = Dut.open(model, waveform, new Seed(rtl.seed()));
             Lockstep lockstep = Lockstep.start(machine.mmu(), dut, timing, responses)) {
            if (waveform != null) lockstep.stopAtFirstMismatch();
            CoverageCollector coverage = rtl.coverage() ? CoverageCollector.attach(machine.mmu()) : null;
            try (EventStream events = workload.open()) {
                machine.os().run(events);
            }
            return new Once(machine, lockstep.finish(), coverage, timing.toString());
        }
    }
}
