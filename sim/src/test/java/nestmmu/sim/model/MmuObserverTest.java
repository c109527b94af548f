package nestmmu.sim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nestmmu.arch.AccessType;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.config.MmuConfig;
import nestmmu.sim.mem.FrameAllocator;
import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;
import nestmmu.sim.timing.TimingModel;
import nestmmu.sim.translate.References;
import nestmmu.sim.translate.TranslationResult;

class MmuObserverTest {
    private static final long VA = 0x7f5a_b3c4_d5e8L;

    @Test
    void observersSeeEveryTranslationAndFlushInOrderWithItsResult() {
        PhysicalMemory memory = new PhysicalMemory(40);
        PageTable t = new PageTable(memory, new FrameAllocator("t", 0x10_0000, 0x4000_0000), EntryPolicy.CLEAR);
        t.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.ALL);
        MmuModel mmu = new MmuModel(MmuConfig.defaults(), memory, new TimingModel(5));
        List<String> seen = new ArrayList<>();
        MmuObserver watcher = new MmuObserver() {
            @Override
            public void translating(Context c, long va, AccessType type, boolean user) {
                seen.add("before " + type + " refs " + mmu.references().size());
            }

            @Override
            public void translated(Context c, long va, AccessType type, boolean user, TranslationResult r, References refs) {
                seen.add("after " + type + " " + r.source().label() + " refs " + refs.size() + " writes " + refs.writes());
            }

            @Override
            public void flushed(FlushKind kind, int vmid, int asid, long va) {
                seen.add("flush " + kind.label() + " " + vmid + " " + asid + " " + Long.toHexString(va));
            }
        };
        mmu.addObserver(watcher);
        Context c = Context.nativeMode(0, 7, t.root());
        mmu.translate(c, VA, AccessType.WRITE, true);
        mmu.translate(c, VA, AccessType.WRITE, true);
        mmu.flushAddress(0, 7, VA);
        mmu.flushAsid(0, 7);
        mmu.flushVmid(3);
        mmu.flushAll();
        mmu.removeObserver(watcher);
        mmu.translate(c, VA, AccessType.READ, true);
        assertThat(seen).containsExactly(
                "before WRITE refs 0", "after WRITE walk refs 8 writes 4",
                "before WRITE refs 8", "after WRITE l1Tlb refs 0 writes 0",
                "flush address 0 7 7f5ab3c4d5e8", "flush asid 0 7 0", "flush vmid 3 0 0", "flush all 0 0 0");
    }
}
