package nestmmu.tb.mmu.regress;

import static nestmmu.tb.mmu.regress.Rig.VA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.AssertionFailedError;

import nestmmu.arch.AccessType;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.config.MmuConfig;
import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.sim.model.Context;
import nestmmu.tb.Dut;
import nestmmu.tb.Seed;
import nestmmu.tb.SeedExtension;
import nestmmu.tb.mmu.MemoryTiming;
import nestmmu.tb.mmu.MmuHarness;
import nestmmu.tb.mmu.RtlTranslation;
import nestmmu.tb.mmu.TranslationRequest;
import nestmmu.tb.mmu.lockstep.LockstepReport;
import nestmmu.tb.mmu.lockstep.MmuDesigns;

/**
 * Liveness of the generated MMU and of the harness around it: a memory that never answers stops
 * the test with a clear timeout naming the waveform, and a reset in the middle of a walk — at every
 * cycle of it — leaves the MMU clean: nothing pending, no memory request until the next
 * translation, counters at zero, and that translation walks cold exactly as the golden model does.
 */
@ExtendWith(SeedExtension.class)
class LivenessTest {
    private static final Path WAVES = Path.of("target", "waves", "LivenessTest");

    /** A memory that takes every request and never answers. */
    private static final MemoryTiming NEVER = new MemoryTiming() {
        public boolean ready() { return true; }
        public int latency() { return Integer.MAX_VALUE / 2; }
        public boolean deterministic() { return false; }
    };

    @Test
    void memoryThatNeverAnswersEndsInATimeoutThatNamesTheWaveform(Seed seed) throws Exception {
        MmuConfig config = LockstepRegressionTest.config("small");
        Path wave = WAVES.resolve("memory-never-answers.fst");
        Files.deleteIfExists(wave);
        String message;
        try (Dut dut = Dut.open(MmuDesigns.compiled(config), wave, seed)) {
            MmuHarness h = new MmuHarness(dut, config, new PhysicalMemory(config.physAddrBits()), NEVER, null);
            RtlTranslation t = h.translate(new TranslationRequest(Context.nativeMode(0, 1, 0x100000), VA, AccessType.READ, true));
            assertThat(t.timedOut()).as("the harness gives up after its bound").isTrue();
            assertThat(t.waitedCycles()).isEqualTo(h.timeoutCycles());
            assertThat(t.accesses()).as("the one read the MMU made, never answered").hasSize(1);
            assertThat(dut.get("mem_req_valid_o")).as("no second request while the first is out").isZero();
            AssertionFailedError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionFailedError.class,
                    () -> dut.waitUntil("a response from the MMU", () -> dut.get("rsp_valid_o") == 1, 500));
            message = e.getMessage();
        }
        assertThat(message).startsWith("waitUntil(a response from the MMU) timed out: still false after 500 cycles")
                .contains("waveform " + wave);
        assertThat(wave).isRegularFile();
        assertThat(Files.size(wave)).isPositive();
    }

    @Test
    void aResetAtAnyCycleOfAWalkLeavesTheMmuClean(Seed seed) {
        MmuConfig config = LockstepRegressionTest.config("default");
        RtlSide side = new DutSide(config, seed, WAVES.resolve("reset"));
        List<Integer> offsets = new ArrayList<>();
        int walkCycles = -1;
        for (int k = 0; walkCycles < 0 || k < walkCycles - 2; k += 3) {   // every third cycle while the walk runs
            Rig rig = new Setup(config, 2, side, "reset-after-" + k + "-cycles").rig();
            NestedWorld w = NestedWorld.simple(rig, VA, PageSize.SIZE_4K, PageSize.SIZE_4K);
            Context c = w.context(1, 1);
            // warm up both sides (every A bit set, so a walk writes nothing), then empty every cache
            rig.translate(c, VA, AccessType.READ, true);
            if (walkCycles < 0) walkCycles = (int) rig.lockstep().lastRtl().waitedCycles();
            rig.mmu().flushAll();
            MmuHarness h = rig.lockstep().harness();
            Dut dut = h.dut();

            // the RTL alone starts a cold walk, and is reset k cycles into it
            h.send(new TranslationRequest(c, VA, AccessType.READ, true));
            h.idle(k);
            dut.reset();
            h.memory().takeAccesses();
            assertThat(dut.get("rsp_valid_o")).isZero();
            dut.waitUntil("req_ready_o after reset", () -> dut.get("req_ready_o") == 1, 2_000);
            h.idle(20);
            assertThat(h.memory().takeAccesses()).as("memory requests with no translation in flight").isEmpty();
            assertThat(h.memory().busy()).isFalse();
            assertThat(dut.get("perf_translations_o")).isZero();
            assertThat(dut.get("perf_walks_o")).isZero();

            // both sides translate again: the RTL must walk as cold as the model, reference by reference
            rig.translate(c, VA, AccessType.READ, true);
            assertThat(rig.mmu().references().size()).as("a cold nested walk").isEqualTo(24);
            // every translation and flush agreed, and so did the memories; the counters differ by
            // exactly what the reset cleared: the RTL counted the last translation only
            LockstepReport report = rig.finishUnchecked();
            assertThat(report.translations()).isEqualTo(2);
            assertThat(report.memoryDifferences()).isZero();
            assertThat(report.first()).as("reset after " + k + " cycles: " + report.first()).isNotEmpty().allSatisfy(m -> assertThat(m).startsWith("performance counter"));
            assertThat(report.first()).contains("performance counter translations: model 2, rtl 1");
            offsets.add(k);
        }
        assertThat(walkCycles).isGreaterThan(24);
        System.out.println("reset at cycles " + offsets + " of a " + walkCycles + "-cycle walk: clean every time");
    }
}
