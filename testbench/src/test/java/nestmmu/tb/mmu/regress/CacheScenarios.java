package nestmmu.tb.mmu.regress;

import static nestmmu.tb.mmu.regress.Rig.VA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;
import nestmmu.arch.Permissions;
import nestmmu.config.MmuConfig;
import nestmmu.sim.model.Context;
import nestmmu.sim.model.MmuModel;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.translate.References;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.sim.translate.TranslationSource;

/**
 * The caches: each flush kind (flushed entries miss, the others still hit), two VMs with one VA
 * on different host pages, page-walk-cache and nested-TLB hits (fewer references, in the exact
 * order), L2 TLB hits, and the walker's A/D writes.
 */
final class CacheScenarios {
    private CacheScenarios() {}

    static final long GLOBAL_VA = 0x0000_1234_5678_9000L;
    static final long OTHER_VA = 0x0000_0040_0000_3000L;

    static List<Scenario> all(MmuConfig config) {
        List<Scenario> list = new ArrayList<>();
        list.add(flush("flush all: every entry misses", m -> m.flushAll(), true, true, true, true));
        list.add(flush("flush VMID 1: its entries (global too) miss, VMID 2's still hits", m -> m.flushVmid(1), true, true, true, false));
        list.add(flush("flush VMID 1 ASID 1: its non-global entries miss; global, ASID 2 and VMID 2 still hit",
                m -> m.flushAsid(1, 1), true, false, false, false));
        list.add(flush("flush address (VMID 1 ASID 1): that page misses, the others still hit",
                m -> m.flushAddress(1, 1, VA), true, false, false, false));
        list.add(flush("flush address of a global page from ASID 2: the global entry misses, the others still hit",
                m -> m.flushAddress(1, 2, GLOBAL_VA), false, true, false, false));
        list.add(isolationOneStage());
        list.add(isolationNested());
        list.add(adWritesNative());
        list.add(adWritesNested());
        if (config.pwc().enabled()) list.add(pageWalkCacheNative());
        if (config.pwc().enabled() && config.nestedTlb().enabled()) list.add(walkCachesNested());
        if (config.nestedTlb().enabled()) list.add(nestedTlbAfterAsidFlush(config));
        if (config.l2Tlb().enabled()) list.add(l2Hits(config));
        return list;
    }

    /**
     * Four entries — VMID 1 ASID 1 {@link Rig#VA}; VMID 1 ASID 1 global {@link #GLOBAL_VA}; VMID 1
     * ASID 2 {@link #OTHER_VA}; VMID 2 ASID 1 {@link Rig#VA} — then {@code flush}; the flags say
     * which must walk again, the others must hit.
     */
    private static Scenario flush(String name, Consumer<MmuModel> flush, boolean a, boolean global, boolean other, boolean vm2) {
        return new Scenario(name, s -> {
            Rig rig = s.rig();
            OneStageWorld w = new OneStageWorld(rig, EntryPolicy.GUEST_OS);
            w.map(VA, PageSize.SIZE_4K, Permissions.ALL).map(OTHER_VA, PageSize.SIZE_4K, Permissions.ALL);
            w.table.map(GLOBAL_VA, OneStageWorld.frameOf(GLOBAL_VA, PageSize.SIZE_2M), PageSize.SIZE_2M, Permissions.ALL, true);
            Context v1a1 = w.context(Mode.SHADOW, 1, 1);
            Context v1a2 = w.context(Mode.SHADOW, 1, 2);
            Context v2a1 = w.context(Mode.SHADOW, 2, 1);
            for (int round = 0; round < 2; round++) {
                boolean after = round == 1;
                if (after) flush.accept(rig.mmu());
                assertSource(rig, v1a1, VA, !after || a);
                assertSource(rig, v1a1, GLOBAL_VA, !after || global);
                assertSource(rig, v1a2, OTHER_VA, !after || other);
                assertSource(rig, v2a1, VA, !after || vm2);
            }
        });
    }

    private static void assertSource(Rig rig, Context c, long va, boolean walks) {
        TranslationResult r = rig.translate(c, va, AccessType.READ, true);
        assertThat(r.source()).as("vmid %d asid %d 0x%x", c.vmid(), c.asid(), va)
                .isEqualTo(walks ? TranslationSource.WALK : TranslationSource.L1_TLB);
    }

    private static Scenario isolationOneStage() {
        return new Scenario("two VMs map one VA (same ASID) to different host pages: each gets its own", s -> {
            Rig rig = s.rig();
            OneStageWorld vm1 = new OneStageWorld(rig, EntryPolicy.GUEST_OS);
            OneStageWorld vm2 = new OneStageWorld(rig, EntryPolicy.GUEST_OS);
            vm1.table.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.ALL);
            vm2.table.map(VA, 0x5000_0000L, PageSize.SIZE_4K, Permissions.ALL);
            Context c1 = vm1.context(Mode.SHADOW, 1, 5);
            Context c2 = vm2.context(Mode.SHADOW, 2, 5);
            for (int round = 0; round < 3; round++) {
                assertThat(rig.translate(c1, VA, AccessType.READ, true).hpa()).isEqualTo(0x4000_0000L | (VA & 0xfff));
                assertThat(rig.translate(c2, VA, AccessType.READ, true).hpa()).isEqualTo(0x5000_0000L | (VA & 0xfff));
            }
            assertThat(rig.mmu().stats().walks()).as("one walk per VM, then hits").isEqualTo(2);
        });
    }

    private static Scenario isolationNested() {
        return new Scenario("nested: two VMs with the same guest tables and VA, different nested tables: different host pages", s -> {
            Rig rig = s.rig();
            NestedWorld w = NestedWorld.simple(rig, VA, PageSize.SIZE_4K, PageSize.SIZE_4K);
            long gpa = w.finalGpa(VA, PageSize.SIZE_4K);
            // VM 2: a nested table of its own that maps the same guest pages, except the data page, elsewhere
            nestmmu.sim.pt.PageTable nested2 = new nestmmu.sim.pt.PageTable(rig.memory(), rig.hostTables(), EntryPolicy.HYPERVISOR);
            for (long g = NestedWorld.GUEST_TABLES; g < w.guestTablesEnd(); g += Paging.PAGE_BYTES) {
                nested2.map(g, w.hostAddress(g), PageSize.SIZE_4K, Permissions.ALL);
            }
            nested2.map(gpa, 0x7000_0000L, PageSize.SIZE_4K, Permissions.ALL);
            Context c1 = w.context(1, 3);
            Context c2 = Context.nested(2, 3, w.guest.root(), nested2.root());
            for (int round = 0; round < 2; round++) {
                assertThat(rig.translate(c1, VA, AccessType.READ, true).hpa()).isEqualTo(w.hostAddress(gpa));
                assertThat(rig.translate(c2, VA, AccessType.READ, true).hpa()).isEqualTo(0x7000_0000L | (VA & 0xfff));
            }
        });
    }

    private static Scenario adWritesNative() {
        return new Scenario("native: a write through tables with A and D clear sets A at every level, then A|D at the leaf", s -> {
            Rig rig = s.rig();
            OneStageWorld w = new OneStageWorld(rig, EntryPolicy.CLEAR).map(VA, PageSize.SIZE_4K, Permissions.ALL);
            Context c = w.context(Mode.NATIVE, 0, 1);
            rig.translate(c, VA, AccessType.READ, true);
            References refs = rig.mmu().references();
            assertThat(refs.size()).as("R/W at each level: A, A, A, then A at the leaf").isEqualTo(8);
            for (int i = 0; i < 8; i++) assertThat(refs.isWrite(i)).isEqualTo(i % 2 == 1);
            TranslationResult r = rig.translate(c, VA, AccessType.WRITE, true);
            assertThat(r.source()).as("a clean TLB entry does not serve a write").isEqualTo(TranslationSource.WALK);
            assertThat(refs.writes()).as("only the leaf's D").isEqualTo(1);
            assertThat(refs.value(refs.size() - 1) & 0x60).isEqualTo(0x60);
            assertThat(rig.translate(c, VA, AccessType.WRITE, true).source()).isEqualTo(TranslationSource.L1_TLB);
        });
    }

    private static Scenario adWritesNested() {
        return new Scenario("nested: A/D clear in guest and host tables: the walk writes both dimensions' bits in order", s -> {
            Rig rig = s.rig();
            NestedWorld w = new NestedWorld(rig, EntryPolicy.CLEAR, EntryPolicy.CLEAR, false);
            w.mapGuest(VA, PageSize.SIZE_2M, Permissions.ALL).backTables(PageSize.SIZE_4K, Permissions.ALL);
            w.backData(w.finalGpa(VA, PageSize.SIZE_2M), PageSize.SIZE_4K, Permissions.ALL);
            rig.translate(w.context(1, 1), VA, AccessType.WRITE, true);
            References refs = rig.mmu().references();
            assertThat(refs.writes()).isGreaterThan(8);
            assertThat(rig.translate(w.context(1, 1), VA, AccessType.WRITE, true).source()).isEqualTo(TranslationSource.L1_TLB);
        });
    }

    private static Scenario pageWalkCacheNative() {
        return new Scenario("native: the neighbouring page's walk starts below a page-walk-cache hit: one reference, the PTE", s -> {
            Rig rig = s.rig();
            OneStageWorld w = new OneStageWorld(rig, EntryPolicy.GUEST_OS);
            w.map(VA, PageSize.SIZE_4K, Permissions.ALL).map(VA + 0x1000, PageSize.SIZE_4K, Permissions.ALL);
            Context c = w.context(Mode.NATIVE, 0, 1);
            rig.translate(c, VA, AccessType.READ, true);
            rig.translate(c, VA + 0x1000, AccessType.READ, true);
            References refs = rig.mmu().references();
            assertThat(refs.size()).isEqualTo(1);
            assertThat(refs.level(0)).isEqualTo(1);
            assertThat(refs.address(0)).isEqualTo(w.table.entryAddress(VA + 0x1000, 1));
        });
    }

    private static Scenario walkCachesNested() {
        return new Scenario("nested: page-walk cache and nested TLB hits: the neighbour costs 5 references (guest PTE, host L4..L1)", s -> {
            Rig rig = s.rig();
            NestedWorld w = new NestedWorld(rig);
            w.mapGuest(VA, PageSize.SIZE_4K, Permissions.ALL).mapGuest(VA + 0x1000, PageSize.SIZE_4K, Permissions.ALL)
                    .backTables(PageSize.SIZE_4K, Permissions.ALL);
            w.backData(w.finalGpa(VA, PageSize.SIZE_4K), PageSize.SIZE_4K, Permissions.ALL);
            w.backData(w.finalGpa(VA + 0x1000, PageSize.SIZE_4K), PageSize.SIZE_4K, Permissions.ALL);
            rig.translate(w.context(1, 1), VA, AccessType.READ, true);
            assertThat(rig.mmu().references().size()).isEqualTo(24);
            rig.translate(w.context(1, 1), VA + 0x1000, AccessType.READ, true);
            References refs = rig.mmu().references();
            assertThat(refs.size()).isEqualTo(5);
            assertThat(refs.dimension(0)).isEqualTo(References.GUEST);
            assertThat(refs.address(0)).isEqualTo(w.hostAddress(w.guest.entryAddress(VA + 0x1000, 1)));
            for (int i = 1; i < 5; i++) {
                assertThat(refs.dimension(i)).isEqualTo(References.HOST);
                assertThat(refs.level(i)).isEqualTo(5 - i);
            }
        });
    }

    private static Scenario nestedTlbAfterAsidFlush(MmuConfig config) {
        int expected = 4 + 4;
        return new Scenario("nested: after an ASID flush the nested TLB still holds the guest table pages: "
                + expected + " references", s -> {
            Rig rig = s.rig();
            NestedWorld w = NestedWorld.simple(rig, VA, PageSize.SIZE_4K, PageSize.SIZE_4K);
            rig.translate(w.context(1, 1), VA, AccessType.READ, true);
            rig.mmu().flushAsid(1, 1);
            TranslationResult r = rig.translate(w.context(1, 1), VA, AccessType.READ, true);
            assertThat(r.source()).isEqualTo(TranslationSource.WALK);
            References refs = rig.mmu().references();
            assertThat(refs.size()).isEqualTo(expected);
            for (int i = 0; i < 4; i++) assertThat(refs.dimension(i)).isEqualTo(References.GUEST);
            rig.mmu().flushVmid(1);
            rig.translate(w.context(1, 1), VA, AccessType.READ, true);
            assertThat(rig.mmu().references().size()).as("a VMID flush empties the nested TLB too").isEqualTo(24);
        });
    }

    private static Scenario l2Hits(MmuConfig config) {
        int pages = config.l1Tlb().entries() + 32;
        return new Scenario("L2 TLB: after " + pages + " pages the first ones hit in the L2 (no reference), then in the L1 again", s -> {
            Rig rig = s.rig();
            OneStageWorld w = new OneStageWorld(rig, EntryPolicy.GUEST_OS);
            for (int i = 0; i < pages; i++) w.map(VA + i * 0x1000L, PageSize.SIZE_4K, Permissions.ALL);
            Context c = w.context(Mode.NATIVE, 0, 1);
            for (int i = 0; i < pages; i++) rig.translate(c, VA + i * 0x1000L, AccessType.READ, true);
            TranslationResult r = rig.translate(c, VA, AccessType.READ, true);
            assertThat(r.source()).isEqualTo(TranslationSource.L2_TLB);
            assertThat(rig.mmu().references().size()).isZero();
            assertThat(rig.translate(c, VA, AccessType.READ, true).source()).isEqualTo(TranslationSource.L1_TLB);
        });
    }
}
