package nestmmu.tb.mmu.coverage;

import java.util.LinkedHashMap;
import java.util.Map;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;
import nestmmu.sim.cache.NestedTlb;
import nestmmu.sim.cache.PageWalkCache;
import nestmmu.sim.model.Context;
import nestmmu.sim.model.MmuModel;
import nestmmu.sim.model.MmuObserver;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.NestedTranslator;
import nestmmu.sim.translate.References;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.sim.translate.TranslationSource;

/**
 * Counts the {@link CoverageBins} each translation of an {@link MmuModel} hits. It watches the
 * model, which the lockstep has shown to agree with the RTL on every translation, and reads what
 * the pins cannot show — which walker level faulted, whether the page-walk cache or the nested TLB
 * answered — from the model's walkers and cache counters. Bins from several runs add up
 * ({@link #addTo}).
 */
public final class CoverageCollector implements MmuObserver {
    private final MmuModel model;
    private final Map<String, Long> hits = new LinkedHashMap<>();
    private long pwcLookups;
    private long pwcHits;
    private long ntlbLookups;
    private long ntlbHits;

    public CoverageCollector(MmuModel model) {
        this.model = model;
    }

    /** Starts counting every translation of {@code model}. */
    public static CoverageCollector attach(MmuModel model) {
        CoverageCollector c = new CoverageCollector(model);
        model.addObserver(c);
        return c;
    }

    @Override
    public void translating(Context c, long va, AccessType type, boolean user) {
        PageWalkCache pwc = model.walkCache();
        NestedTlb ntlb = model.nestedTlb();
        pwcLookups = pwc == null ? 0 : pwc.lookups();
        pwcHits = pwc == null ? 0 : pwc.hits();
        ntlbLookups = ntlb == null ? 0 : ntlb.lookups();
        ntlbHits = ntlb == null ? 0 : ntlb.hits();
    }

    @Override
    public void translated(Context c, long va, AccessType type, boolean user, TranslationResult r, References refs) {
        Mode mode = c.mode();
        String m = mode.label();
        TranslationSource source = r.source();
        hit(CoverageBins.cacheBin(m, "l1", source == TranslationSource.L1_TLB));
        if (model.l2Tlb() != null && source != TranslationSource.L1_TLB) {
            hit(CoverageBins.cacheBin(m, "l2", source == TranslationSource.L2_TLB));
        }
        PageWalkCache pwc = model.walkCache();
        if (pwc != null) lookups(m, "pwc", pwc.lookups() - pwcLookups, pwc.hits() - pwcHits);
        NestedTlb ntlb = model.nestedTlb();
        if (ntlb != null && mode == Mode.NESTED) lookups(m, "ntlb", ntlb.lookups() - ntlbLookups, ntlb.hits() - ntlbHits);
        if (source != TranslationSource.WALK) return;
        if (r.fault() == FaultKind.NONE) {
            if (mode == Mode.NESTED) {
                NestedTranslator w = model.twoStageWalker();
                hit(CoverageBins.pageBin(mode, sizeOf(w.guestPageShift()), sizeOf(w.hostPageShift())));
            } else {
                hit(CoverageBins.pageBin(mode, r.pageSize(), null));
            }
        } else if (r.fault() == FaultKind.PAGE_FAULT) {
            int level = mode == Mode.NESTED ? model.twoStageWalker().guestFaultLevel() : model.oneStageWalker().faultLevel();
            hit(CoverageBins.pfBin(mode, FaultClass.of(r.errorCode()), level));
        } else {
            NestedTranslator w = model.twoStageWalker();
            boolean table = (r.exitInfo1() & nestmmu.arch.NpfExitInfo.GUEST_TABLE) != 0;
            hit(CoverageBins.npfBin(FaultClass.of(r.exitInfo1()), table ? "table" : "final", w.hostFaultLevel()));
            if (table) hit(CoverageBins.npfTableBin(w.guestFaultLevel()));
        }
    }

    private void lookups(String mode, String cache, long lookups, long served) {
        if (served > 0) hit(CoverageBins.cacheBin(mode, cache, true));
        if (lookups > served) hit(CoverageBins.cacheBin(mode, cache, false));
    }

    private static PageSize sizeOf(int shift) {
        return PageSize.ofLeafLevel((shift - Paging.PAGE_SHIFT) / Paging.INDEX_BITS + 1);
    }

    private void hit(String bin) {
        hits.merge(bin, 1L, Long::sum);
    }

    /** Bin name to the number of translations that hit it, in the order first hit. */
    public Map<String, Long> hits() {
        return java.util.Collections.unmodifiableMap(hits);
    }

    /** Adds this run's counts to {@code total}. */
    public void addTo(Map<String, Long> total) {
        hits.forEach((bin, n) -> total.merge(bin, n, Long::sum));
    }
}
