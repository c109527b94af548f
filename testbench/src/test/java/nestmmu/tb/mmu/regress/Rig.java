package nestmmu.tb.mmu.regress;

import static org.assertj.core.api.Assertions.assertThat;

import nestmmu.arch.AccessType;
import nestmmu.config.MmuConfig;
import nestmmu.sim.mem.FrameAllocator;
import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.sim.model.Context;
import nestmmu.sim.model.Machine;
import nestmmu.sim.model.MmuModel;
import nestmmu.sim.timing.TimingModel;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.tb.mmu.coverage.CoverageCollector;
import nestmmu.tb.mmu.lockstep.Lockstep;
import nestmmu.tb.mmu.lockstep.LockstepReport;

/**
 * One directed test's world: the golden model with its memory and coverage collector, and — when
 * the {@link RtlSide} gives one — the RTL in lockstep, so every translation and flush the test
 * makes is made by both and compared. Tests build tables, translate, and assert the model's facts
 * (the fault, its level, the reference count); {@link #finish()} asserts the RTL agreed throughout.
 */
final class Rig {
    static final long VA = 0x7f5a_b3c4_d5e8L;
    static final long MIB = 1L << 20;

    private final MmuConfig config;
    private final MmuModel mmu;
    private final FrameAllocator hostTables = new FrameAllocator("host tables", 16 * MIB, 512 * MIB);
    private final CoverageCollector coverage;
    private final RtlSide.Attached rtl;

    private Rig(MmuModel mmu, RtlSide side, String name, boolean randomLatency) {
        this.config = mmu.config();
        this.mmu = mmu;
        this.coverage = CoverageCollector.attach(mmu);
        this.rtl = side.attach(mmu, name, randomLatency);
    }

    /** A fresh MMU with empty memory; the RTL's memory has the fixed latency, or a random one with back-pressure. */
    static Rig of(MmuConfig config, int memLatency, RtlSide side, String name, boolean randomLatency) {
        MmuModel mmu = new MmuModel(config, new PhysicalMemory(config.physAddrBits()), new TimingModel(memLatency));
        return new Rig(mmu, side, name, randomLatency);
    }

    /** The MMU of a ready machine (guest OS, hypervisor, VMM), whatever its memory holds already. */
    static Rig of(Machine machine, RtlSide side, String name) {
        return new Rig(machine.mmu(), side, name, false);
    }

    MmuConfig config() {
        return config;
    }

    MmuModel mmu() {
        return mmu;
    }

    PhysicalMemory memory() {
        return mmu.memory();
    }

    FrameAllocator hostTables() {
        return hostTables;
    }

    CoverageCollector coverage() {
        return coverage;
    }

    /** Null when the model runs alone. */
    Lockstep lockstep() {
        return rtl == null ? null : rtl.lockstep();
    }

    TranslationResult translate(Context c, long va, AccessType type, boolean user) {
        return mmu.translate(c, va, type, user);
    }

    /** Ends the RTL's part and returns what its lockstep found, for a test that expects some differences. */
    LockstepReport finishUnchecked() {
        return rtl == null ? null : rtl.finish();
    }

    /** Ends the test: the RTL (if any) agreed on every operation and on the final memory. */
    LockstepReport finish() {
        if (rtl == null) return null;
        LockstepReport report = rtl.finish();
        assertThat(report.mismatches()).as(() -> "mismatches; first: " + report.firstMismatch() + "; " + rtl.whereabouts())
                .isZero();
        assertThat(report.translations()).as("translations compared").isEqualTo(mmu.stats().translations());
        return report;
    }
}
