package nestmmu.tb.mmu.lockstep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.arch.AccessType;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.arch.Pte;
import nestmmu.config.MmuConfig;
import nestmmu.sim.mem.FrameAllocator;
import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.sim.model.Context;
import nestmmu.sim.model.MmuModel;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;
import nestmmu.sim.timing.TimingModel;
import nestmmu.tb.Dut;
import nestmmu.tb.Seed;
import nestmmu.tb.mmu.MemoryTiming;

/**
 * A disagreement is found and told well: the RTL's memory is changed behind the mirror's back
 * (as a lost or stray write would), and the lockstep reports the first differing reference, the
 * final memory, and — stopped at the first mismatch — a waveform that ends there.
 */
class LockstepMismatchTest {
    private static final long VA = 0x7f5a_b3c4_d5e8L;

    @Test
    void aWordTheRtlReadsDifferentlyIsTheFirstDifferingReference(@TempDir Path dir) throws Exception {
        MmuConfig config = MmuConfig.defaults();
        MmuModel model = new MmuModel(config, new PhysicalMemory(config.physAddrBits()), new TimingModel(2));
        Path wave = dir.resolve("mismatch.fst");
        try (Dut dut = Dut.open(MmuDesigns.compiled(config, true), wave, new Seed(99));
             Lockstep lockstep = Lockstep.start(model, dut, MemoryTiming.fixed(2), null)) {
            lockstep.stopAtFirstMismatch();
            PageTable table = new PageTable(model.memory(), new FrameAllocator("t", 0x10_0000, 0x4000_0000), EntryPolicy.GUEST_OS);
            table.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.ALL);
            Context c = Context.nativeMode(0, 1, table.root());
            assertThat(model.translate(c, VA, AccessType.READ, true).ok()).isTrue();
            assertThat(lockstep.mismatches()).as("in step so far").isZero();

            table.map(VA + 0x20_0000, 0x4020_0000L, PageSize.SIZE_2M, Permissions.ALL);
            long pde = table.entryAddress(VA + 0x20_0000, 2);
            lockstep.rtlMemory().write(pde, lockstep.rtlMemory().read(pde) & ~Pte.RW_BIT); // a stray write, RTL side only
            model.translate(c, VA + 0x20_0000, AccessType.WRITE, true);
            model.translate(c, VA + 0x40_0000, AccessType.READ, true); // after the stop: the model alone

            LockstepReport report = lockstep.finish();
            assertThat(report.firstMismatch()).startsWith("translation #2 (native vmid 0 asid 1 write user 0x7f5ab3e4d5e8")
                    .contains("reference #").contains("model R guest L2 0x" + Long.toHexString(pde));
            assertThat(report.stopped()).isTrue();
            assertThat(report.translations()).as("the third was the model's alone").isEqualTo(2);
            assertThat(report.memoryDifferences()).isPositive();
            assertThat(report.first()).anyMatch(m -> m.startsWith("final memory at 0x" + Long.toHexString(pde)));
        }
        assertThat(Files.size(wave)).as("the waveform is complete once the DUT is closed").isPositive();
    }

    @Test
    void aModelOnlyDirtyBitIsAFinalMemoryDifferenceAndAReadValueDifference() {
        MmuConfig config = MmuConfig.defaults();
        MmuModel model = new MmuModel(config, new PhysicalMemory(config.physAddrBits()), new TimingModel(1));
        try (Dut dut = Dut.open(MmuDesigns.compiled(config, false), null, null);
             Lockstep lockstep = Lockstep.start(model, dut, MemoryTiming.fixed(1), null)) {
            PageTable table = new PageTable(model.memory(), new FrameAllocator("t", 0x10_0000, 0x4000_0000), EntryPolicy.GUEST_OS);
            table.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.ALL);
            Context c = Context.nativeMode(0, 1, table.root());
            model.translate(c, VA, AccessType.WRITE, true);
            long pte = table.entryAddress(VA, 1);
            // undo the RTL's D-bit write in its memory only: as if the RTL had never made it
            lockstep.rtlMemory().write(pte, lockstep.rtlMemory().read(pte) & ~0x40L);
            model.flushAll();
            model.translate(c, VA, AccessType.READ, true);
            LockstepReport report = lockstep.finish();
            assertThat(report.mismatches()).isEqualTo(2);
            assertThat(report.first().get(0)).startsWith("translation #2").contains("reference #4: model R guest L1");
            assertThat(report.first().get(1)).startsWith("final memory at 0x" + Long.toHexString(pte));
        }
    }
}
