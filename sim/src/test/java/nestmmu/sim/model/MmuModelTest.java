package nestmmu.sim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.arch.AccessType;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.arch.PfErrorCode;
import nestmmu.config.CacheGeometry;
import nestmmu.config.MmuConfig;
import nestmmu.sim.mem.FrameAllocator;
import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;
import nestmmu.sim.timing.TimingModel;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.sim.translate.TranslationSource;

class MmuModelTest {
    private static final long VA = 0x7f5a_b3c4_d5e8L;
    private static final int LATENCY = 10;

    private final PhysicalMemory memory = new PhysicalMemory(40);
    private final FrameAllocator frames = new FrameAllocator("tables", 0x10_0000, 0x4000_0000);

    private MmuModel mmu(MmuConfig config) {
        return new MmuModel(config, memory, new TimingModel(LATENCY));
    }

    private PageTable table() {
        return new PageTable(memory, frames, EntryPolicy.GUEST_OS);
    }

    private static MmuConfig config(CacheGeometry l1, CacheGeometry l2, CacheGeometry pwc, CacheGeometry ntlb) {
        return new MmuConfig("t", 40, 8, 12, l1, l2, pwc, ntlb);
    }

    @Test
    @DisplayName("a walk fills the TLB; the next access hits in one cycle with no reference")
    void walkThenHit() {
        MmuModel m = mmu(MmuConfig.defaults().withoutWalkCaches());
        PageTable t = table();
        t.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.ALL);
        Context c = Context.nativeMode(0, 1, t.root());
        TranslationResult r = m.translate(c, VA, AccessType.READ, true);
        assertThat(r.source()).isEqualTo(TranslationSource.WALK);
        assertThat(r.cycles()).isEqualTo(1 + 4 * (LATENCY + 1));
        r = m.translate(c, VA + 8, AccessType.READ, true);
        assertThat(r.source()).isEqualTo(TranslationSource.L1_TLB);
        assertThat(r.cycles()).isEqualTo(1);
        assertThat(r.hpa()).isEqualTo(0x4000_0000L + ((VA + 8) & 0xfff));
        assertThat(m.references().size()).isZero();
        assertThat(m.stats().l1Hits()).isEqualTo(1);
        assertThat(m.stats().walks()).isEqualTo(1);
    }

    @Test
    @DisplayName("a write to a clean TLB entry walks again, sets D, and refills the same way")
    void writeToCleanEntryRewalks() {
        MmuModel m = mmu(MmuConfig.defaults().withoutWalkCaches());
        PageTable t = table();
        t.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.ALL);
        Context c = Context.nativeMode(0, 1, t.root());
        m.translate(c, VA, AccessType.READ, true);
        TranslationResult r = m.translate(c, VA, AccessType.WRITE, true);
        assertThat(r.source()).isEqualTo(TranslationSource.WALK);
        assertThat(r.writes()).isEqualTo(1);
        assertThat(r.dirty()).isTrue();
        assertThat(m.l1Tlb().validCount()).isEqualTo(1);
        assertThat(m.translate(c, VA, AccessType.WRITE, true).source()).isEqualTo(TranslationSource.L1_TLB);
    }

    @Test
    @DisplayName("a hit that does not allow the access is a miss: the walk faults exactly, and no TLB is filled")
    void permissionMissWalksAndFaults() {
        MmuModel m = mmu(MmuConfig.defaults().withoutWalkCaches());
        PageTable t = table();
        t.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.USER_RO);
        Context c = Context.nativeMode(0, 1, t.root());
        m.translate(c, VA, AccessType.READ, true);
        TranslationResult r = m.translate(c, VA, AccessType.WRITE, true);
        assertThat(r.fault()).isEqualTo(FaultKind.PAGE_FAULT);
        assertThat(r.errorCode()).isEqualTo(PfErrorCode.P | PfErrorCode.WR | PfErrorCode.US);
        assertThat(r.faultVa()).isEqualTo(VA);
        assertThat(r.reads()).isEqualTo(4);
        // the guest widens the permission without a flush: the stale read-only entry cannot stop the write
        t.protect(VA, PageSize.SIZE_4K, Permissions.USER_RW);
        assertThat(m.translate(c, VA, AccessType.WRITE, true).ok()).isTrue();
        assertThat(m.l1Tlb().validCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("an L2 hit answers in two cycles and refills the L1")
    void l2HitRefillsL1() {
        MmuModel m = mmu(config(CacheGeometry.fullyAssociative(2), new CacheGeometry(16, 4), CacheGeometry.NONE, CacheGeometry.NONE));
        PageTable t = table();
        for (int i = 0; i < 3; i++) t.map(VA + i * 0x1000L, 0x4000_0000L + i * 0x1000L, PageSize.SIZE_4K, Permissions.ALL);
        Context c = Context.nativeMode(0, 1, t.root());
        for (int i = 0; i < 3; i++) {
            TranslationResult r = m.translate(c, VA + i * 0x1000L, AccessType.READ, true);
            assertThat(r.cycles()).isEqualTo(1 + 1 + 4 * (LATENCY + 1));
        }
        TranslationResult r = m.translate(c, VA, AccessType.READ, true); // evicted from the 2-entry L1
        assertThat(r.source()).isEqualTo(TranslationSource.L2_TLB);
        assertThat(r.cycles()).isEqualTo(2);
        assertThat(m.translate(c, VA, AccessType.READ, true).source()).isEqualTo(TranslationSource.L1_TLB);
    }

    @Test
    @DisplayName("with a page-walk cache, a neighbour in the same page table is one reference away")
    void pageWalkCacheShortensWalks() {
        MmuModel m = mmu(MmuConfig.defaults());
        PageTable t = table();
        t.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.ALL);
        t.map(VA + 0x1000, 0x4000_1000L, PageSize.SIZE_4K, Permissions.ALL);
        t.map(VA ^ (1L << 30), 0x4000_2000L, PageSize.SIZE_4K, Permissions.ALL);
        Context c = Context.nativeMode(0, 1, t.root());
        assertThat(m.translate(c, VA, AccessType.READ, true).reads()).isEqualTo(4);
        assertThat(m.walkCache().validCount()).isEqualTo(3);
        assertThat(m.translate(c, VA + 0x1000, AccessType.READ, true).reads()).isEqualTo(1);
        assertThat(m.oneStageWalker().startLevel()).isEqualTo(1);
        assertThat(m.translate(c, VA ^ (1L << 30), AccessType.READ, true).reads()).isEqualTo(3); // PML4E cached only
        m.flushAddress(0, 1, VA);
        assertThat(m.walkCache().validCount()).isZero();
    }

    @Test
    @DisplayName("VMIDs are isolated: the same ASID and VA in two VMs translate through their own tables")
    void vmidIsolation() {
        MmuModel m = mmu(MmuConfig.defaults());
        PageTable a = table();
        PageTable b = table();
        a.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.ALL);
        b.map(VA, 0x5000_0000L, PageSize.SIZE_4K, Permissions.ALL);
        assertThat(m.translate(Context.nativeMode(1, 3, a.root()), VA, AccessType.READ, true).hpa() >>> 12).isEqualTo(0x40000);
        assertThat(m.translate(Context.nativeMode(2, 3, b.root()), VA, AccessType.READ, true).hpa() >>> 12).isEqualTo(0x50000);
        assertThat(m.translate(Context.nativeMode(1, 3, a.root()), VA, AccessType.READ, true).source()).isEqualTo(TranslationSource.L1_TLB);
        m.flushVmid(1);
        assertThat(m.translate(Context.nativeMode(2, 3, b.root()), VA, AccessType.READ, true).source()).isEqualTo(TranslationSource.L1_TLB);
        assertThat(m.translate(Context.nativeMode(1, 3, a.root()), VA, AccessType.READ, true).source()).isEqualTo(TranslationSource.WALK);
    }

    @Test
    @DisplayName("ASID and address flushes leave the nested TLB alone; a VMID flush empties it")
    void nestedTlbFlushes() {
        MachineParts p = MachineParts.nested(MmuConfig.defaults());
        Context c = p.context;
        p.mmu.translate(c, p.va, AccessType.READ, true);
        int ntlb = p.mmu.nestedTlb().validCount();
        assertThat(ntlb).isEqualTo(4);
        p.mmu.flushAsid(c.vmid(), c.asid());
        p.mmu.flushAddress(c.vmid(), c.asid(), p.va);
        assertThat(p.mmu.nestedTlb().validCount()).isEqualTo(4);
        TranslationResult r = p.mmu.translate(c, p.va, AccessType.READ, true);
        assertThat(r.reads()).isEqualTo(4 + 4); // guest entries via the nested TLB + the final address
        p.mmu.flushVmid(c.vmid());
        assertThat(p.mmu.nestedTlb().validCount()).isZero();
        assertThat(p.mmu.walkCache().validCount()).isZero();
    }

    /** A nested machine with one guest page at {@link SinglePageWalk#VA}. */
    private record MachineParts(MmuModel mmu, Context context, long va) {
        static MachineParts nested(MmuConfig config) {
            Machine m = Machine.create(config, RunOptions.of(nestmmu.arch.Mode.NESTED));
            m.os().populate(SinglePageWalk.VA, Permissions.ALL);
            return new MachineParts(m.mmu(), m.platform().context(), SinglePageWalk.VA);
        }
    }
}
