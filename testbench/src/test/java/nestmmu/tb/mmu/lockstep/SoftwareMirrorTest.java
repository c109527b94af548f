package nestmmu.tb.mmu.lockstep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.config.MmuConfig;
import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.sim.model.Context;
import nestmmu.sim.model.Machine;
import nestmmu.sim.model.MmuObserver;
import nestmmu.sim.model.RunOptions;
import nestmmu.sim.translate.References;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.sim.workload.EventStream;
import nestmmu.sim.workload.Workloads;

/**
 * The two-memory design without RTL: a second memory that gets software's writes from the mirror
 * and the MMU's writes only from an "RTL" of its own (here: the model's writes, applied as a
 * faithful RTL would make them) ends equal to the model's; one A/D write forgotten shows.
 */
class SoftwareMirrorTest {
    /** Tables rewritten all the time: mmap, munmap, mprotect, exec. */
    private static final String CHURN = "synthetic:ptupdate,accesses=3000,churn=0.2,pages=8,regions=8";
    /** Tables built once: every D bit the MMU sets stays. */
    private static final String STABLE = "synthetic:random,pages=64,accesses=2000";

    /** Plays a run with a mirrored second memory; {@code forget} A/D writes of the "RTL" are dropped. */
    private static MemoryComparison run(Mode mode, String workload, int forget) {
        Machine machine = Machine.create(MmuConfig.defaults(), RunOptions.of(mode).withMemLatency(1));
        PhysicalMemory model = machine.mmu().memory();
        PhysicalMemory other = model.copy();
        SoftwareMirror mirror = new SoftwareMirror(other);
        model.listen(mirror);
        int[] writes = {0};
        machine.mmu().addObserver(new MmuObserver() {
            @Override
            public void translating(Context c, long va, AccessType type, boolean user) {
                mirror.pause();
            }

            @Override
            public void translated(Context c, long va, AccessType type, boolean user, TranslationResult r, References refs) {
                mirror.resume();
                for (int i = 0; i < refs.size(); i++) {
                    if (!refs.isWrite(i)) continue;
                    if (writes[0]++ == forget) continue;
                    other.write(refs.address(i), refs.value(i));
                }
            }
        });
        try (EventStream events = Workloads.parse(workload).open()) {
            machine.os().run(events);
        }
        assertThat(mirror.copied()).as("software writes mirrored").isPositive();
        // The shadow VMM presets A and D in the shadow table, so in shadow mode the MMU writes nothing.
        assertThat(writes[0] > 0).as("A/D writes the MMU made").isEqualTo(mode != Mode.SHADOW);
        return MemoryComparison.of(model, other);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void softwareWritesPlusTheMmusOwnWritesRebuildTheModelsMemory(Mode mode) {
        MemoryComparison same = run(mode, CHURN, -1);
        assertThat(same.differingWords).isZero();
        assertThat(same.first).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"NATIVE", "NESTED"})
    void aForgottenDirtyBitWriteShowsInTheFinalMemory(Mode mode) {
        MemoryComparison differs = run(mode, STABLE, 0);
        assertThat(differs.differingWords).isEqualTo(1);
        assertThat(differs.first).singleElement().asString().startsWith("final memory at 0x").contains(": model 0x");
    }
}
