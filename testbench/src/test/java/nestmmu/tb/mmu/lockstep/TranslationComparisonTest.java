package nestmmu.tb.mmu.lockstep;

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
import nestmmu.sim.model.Context;
import nestmmu.sim.model.MmuModel;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;
import nestmmu.sim.timing.TimingModel;
import nestmmu.sim.translate.References;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.tb.mmu.MemoryAccess;
import nestmmu.tb.mmu.RtlResponse;
import nestmmu.tb.mmu.RtlTranslation;

/** Each field of a translation, changed on the RTL side, is the difference reported first. */
class TranslationComparisonTest {
    private static final long VA = 0x7f5a_b3c4_d5e8L;
    private static final long FRAME = 0x4020_0000L;

    private final PhysicalMemory memory = new PhysicalMemory(40);
    private final PageTable table = new PageTable(memory, new FrameAllocator("t", 0x10_0000, 0x4000_0000), EntryPolicy.GUEST_OS);
    private final MmuModel model = new MmuModel(MmuConfig.defaults(), memory, new TimingModel(3));
    private final Context context = Context.nativeMode(0, 1, table.root());

    /** What a correct RTL would have done for the model's last translation. */
    private static RtlTranslation agreeing(TranslationResult m, References refs) {
        List<MemoryAccess> accesses = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) accesses.add(new MemoryAccess(refs.isWrite(i), refs.address(i), refs.value(i)));
        long fault = m.fault().ordinal();
        RtlResponse r = new RtlResponse(fault, fault == 0 ? m.hpa() : 0, fault == 0 ? m.pageSize().ordinal() : 0, m.perms(),
                m.dirty(), m.global(), m.errorCode(), false, false, m.faultVa() & 0xFFFF_FFFF_FFFFL, m.source().ordinal(), m.cycles());
        return new RtlTranslation(r, accesses, List.of(), m.cycles());
    }

    private static RtlTranslation with(RtlTranslation t, RtlResponse r) {
        return new RtlTranslation(r, t.accesses(), t.violations(), t.waitedCycles());
    }

    @Test
    void anAgreeingTranslationHasNoDifference() {
        table.map(VA, FRAME, PageSize.SIZE_2M, Permissions.USER_RW);
        TranslationResult m = model.translate(context, VA, AccessType.WRITE, true);
        assertThat(TranslationComparison.firstDifference(m, model.references(), agreeing(m, model.references()), true)).isNull();
    }

    @Test
    void referencesComeFirstThenFieldsThenCycles() {
        table.map(VA, FRAME, PageSize.SIZE_2M, Permissions.USER_RW);
        TranslationResult m = model.translate(context, VA, AccessType.WRITE, true);
        References refs = model.references();
        RtlTranslation good = agreeing(m, refs);
        RtlResponse r = good.response();

        List<MemoryAccess> noWrite = new ArrayList<>(good.accesses());
        noWrite.remove(noWrite.size() - 1);
        assertThat(TranslationComparison.firstDifference(m, refs, new RtlTranslation(r, noWrite, List.of(), 0), true))
                .startsWith("reference #4: model W guest L2 0x").contains("rtl made none (3 in all, model 4)");
        List<MemoryAccess> otherValue = new ArrayList<>(good.accesses());
        MemoryAccess second = otherValue.get(1);
        otherValue.set(1, new MemoryAccess(false, second.address(), second.value() ^ 0x20));
        assertThat(TranslationComparison.firstDifference(m, refs, new RtlTranslation(r, otherValue, List.of(), 0), true))
                .startsWith("reference #2: model R guest L3 0x");

        assertThat(TranslationComparison.firstDifference(m, refs, with(good, new RtlResponse(0, r.pa() + 8, r.pageSize(), r.perms(),
                r.dirty(), r.global(), 0, false, false, 0, r.source(), r.cycles())), true)).startsWith("address: model 0x4024d5e8, rtl 0x4024d5f0");
        assertThat(TranslationComparison.firstDifference(m, refs, with(good, new RtlResponse(0, r.pa(), 0, r.perms(),
                r.dirty(), r.global(), 0, false, false, 0, r.source(), r.cycles())), true)).startsWith("page size: model 2M, rtl 4K");
        assertThat(TranslationComparison.firstDifference(m, refs, with(good, new RtlResponse(0, r.pa(), r.pageSize(), 7,
                r.dirty(), r.global(), 0, false, false, 0, r.source(), r.cycles())), true)).startsWith("permissions: model wu-, rtl wux");
        assertThat(TranslationComparison.firstDifference(m, refs, with(good, new RtlResponse(0, r.pa(), r.pageSize(), r.perms(),
                false, r.global(), 0, false, false, 0, r.source(), r.cycles())), true)).startsWith("dirty: model true, rtl false");
        assertThat(TranslationComparison.firstDifference(m, refs, with(good, new RtlResponse(0, r.pa(), r.pageSize(), r.perms(),
                r.dirty(), r.global(), 0, false, false, 0, 0, r.cycles())), true)).startsWith("source: model walk, rtl l1Tlb");
        RtlTranslation slow = with(good, new RtlResponse(0, r.pa(), r.pageSize(), r.perms(), r.dirty(), r.global(), 0, false, false, 0, r.source(), r.cycles() + 1));
        assertThat(TranslationComparison.firstDifference(m, refs, slow, true)).isEqualTo("cycles: model 17, rtl 18 (4 references)");
        assertThat(TranslationComparison.firstDifference(m, refs, slow, false)).as("random latency: cycles not compared").isNull();
    }

    @Test
    void aPageFaultComparesItsErrorCodeAndAddressOnly() {
        table.map(VA, FRAME, PageSize.SIZE_4K, Permissions.USER_RO);
        TranslationResult m = model.translate(context, VA, AccessType.WRITE, true);
        RtlTranslation good = agreeing(m, model.references());
        RtlResponse r = good.response();
        assertThat(TranslationComparison.firstDifference(m, model.references(), with(good, new RtlResponse(1, 0x1234, 2, 7, true, true,
                r.errorCode(), false, false, r.faultAddress(), r.source(), r.cycles())), true)).as("pa, size, perms are don't-cares").isNull();
        assertThat(TranslationComparison.firstDifference(m, model.references(), with(good, new RtlResponse(1, 0, 0, 0, false, false,
                r.errorCode() & ~1, false, false, r.faultAddress(), r.source(), r.cycles())), true))
                .startsWith("#PF error code: model P|WR|US, rtl WR|US");
        assertThat(TranslationComparison.firstDifference(m, model.references(), with(good, new RtlResponse(1, 0, 0, 0, false, false,
                r.errorCode(), false, false, VA ^ 0x1000, r.source(), r.cycles())), true))
                .startsWith("#PF address: model 0x7f5ab3c4d5e8, rtl 0x7f5ab3c4c5e8");
    }

    @Test
    void aHangAndAPortBreachAreReportedBeforeAnythingElse() {
        table.map(VA, FRAME, PageSize.SIZE_4K, Permissions.ALL);
        TranslationResult m = model.translate(context, VA, AccessType.READ, false);
        RtlTranslation good = agreeing(m, model.references());
        assertThat(TranslationComparison.firstDifference(m, model.references(),
                new RtlTranslation(null, good.accesses().subList(0, 2), List.of(), 5000), true))
                .startsWith("no response within 5000 cycles (model: ok pa 0x40200");
        assertThat(TranslationComparison.firstDifference(m, model.references(),
                new RtlTranslation(good.response(), good.accesses(), List.of("edge 9: a second memory request while one is in flight"), 9), true))
                .isEqualTo("memory port: edge 9: a second memory request while one is in flight");
    }
}
