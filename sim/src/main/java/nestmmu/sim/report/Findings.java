package nestmmu.sim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;

/**
 * What one comparison's rows say, in sentences built from the rows: who wins at 4K pages and why,
 * what large pages do to nested paging's walks and to the gap, what splintering costs, what the
 * walk caches save, and how it sets against the VMware RVI study. Nothing here is written in
 * advance: every verdict and every number comes from the rows.
 */
public final class Findings {
    static final PagePair SMALL = PagePair.of(PageSize.SIZE_4K, PageSize.SIZE_4K);
    static final PagePair LARGE = PagePair.of(PageSize.SIZE_2M, PageSize.SIZE_2M);
    static final PagePair HUGE = PagePair.of(PageSize.SIZE_1G, PageSize.SIZE_1G);
    static final PagePair SPLINTERED = PagePair.of(PageSize.SIZE_2M, PageSize.SIZE_4K);

    private Findings() {}

    public static List<Finding> of(Comparison c) {
        List<Finding> list = new ArrayList<>();
        list.add(shadowVersusNested(c));
        list.add(largePages(c));
        list.add(splintering(c));
        if (c.hasWalkCaches()) list.add(walkCaches(c));
        list.addAll(RviStudy.compare(List.of(c)));
        return list;
    }

    /** Who wins at 4K/4K and what each side pays; the ratio at every page pair; a flip without walk caches. */
    static Finding shadowVersusNested(Comparison c) {
        boolean wc = c.headlineWalkCaches();
        Verdict v = Verdict.of(c, SMALL, wc);
        ComparisonRow s = v.shadow();
        ComparisonRow n = v.nested();
        StringBuilder t = new StringBuilder();
        t.append(cap(v.winner())).append(" paging beats ").append(v.loser()).append(" paging by ")
                .append(Numbers.signedPercent(v.margin())).append(" at 4K/4K pages").append(settingText(c, wc)).append(": ");
        if (v.nestedWins()) {
            t.append(String.format(Locale.ROOT, "shadow paging takes %s VM exits (%s per 1000 accesses%s), whose %s cycles"
                            + " are %s of its %s; nested paging takes none and pays %s cycles of walks (%s references per"
                            + " walk against shadow's %s).",
                    Numbers.count(s.vmExits()), Numbers.perKilo(v.shadowExitsPerKilo()), mostly(v),
                    Numbers.compact(s.vmmCycles()), Numbers.percent(v.shadowVmmShare()), Numbers.compact(s.totalCycles()),
                    Numbers.compact(n.walkCycles()), Numbers.decimal(n.avgRefsPerWalk()), Numbers.decimal(s.avgRefsPerWalk())));
        } else {
            t.append(String.format(Locale.ROOT, "%s of nested translations miss the TLB and each 2D walk makes %s references"
                            + " against shadow's %s, so nested paging spends %s cycles walking against shadow's %s;"
                            + " shadow paging's %s VM exits (%s per 1000 accesses) cost only %s cycles.",
                    Numbers.percent(n.tlbMissRate()), Numbers.decimal(n.avgRefsPerWalk()), Numbers.decimal(s.avgRefsPerWalk()),
                    Numbers.compact(n.walkCycles()), Numbers.compact(s.walkCycles()), Numbers.count(s.vmExits()),
                    Numbers.perKilo(v.shadowExitsPerKilo()), Numbers.compact(s.vmmCycles())));
        }
        StringJoiner byPages = new StringJoiner(", ");
        for (PagePair p : PagePair.STUDIED) byPages.add(p.label() + " " + Verdict.of(c, p, wc).ratioText());
        t.append(" Shadow cycles / nested cycles by page size (above 1\u00d7 nested wins): ").append(byPages).append('.');
        if (wc) {
            Verdict off = Verdict.of(c, SMALL, false);
            t.append(off.nestedWins() == v.nestedWins()
                    ? " Without walk caches the verdict at 4K/4K stands: " + off.phrase() + "."
                    : " Without walk caches it flips: " + off.phrase() + " at 4K/4K.");
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("walkCaches", wc);
        f.put("winner", v.winner());
        f.put("shadowOverNestedCycles", ComparisonRow.round(v.ratio(), 4));
        f.put("nestedGain", ComparisonRow.round(v.nestedGain(), 4));
        f.put("shadowVmExitsPerKiloAccess", ComparisonRow.round(v.shadowExitsPerKilo(), 2));
        f.put("shadowVmmShare", ComparisonRow.round(v.shadowVmmShare(), 4));
        f.put("nestedRefsPerWalk", n.avgRefsPerWalk());
        f.put("shadowRefsPerWalk", s.avgRefsPerWalk());
        Map<String, Object> ratios = new LinkedHashMap<>();
        for (PagePair p : PagePair.STUDIED) ratios.put(p.label(), ComparisonRow.round(Verdict.of(c, p, wc).ratio(), 4));
        f.put("shadowOverNestedByPages", ratios);
        return new Finding("shadowVsNested", t.toString(), f);
    }

    /** Nested paging's walk cost and overhead at 4K/4K, 2M/2M and 1G/1G, and what happens to the gap. */
    static Finding largePages(Comparison c) {
        boolean wc = c.headlineWalkCaches();
        PagePair[] pairs = {SMALL, LARGE, HUGE};
        ComparisonRow[] n = new ComparisonRow[pairs.length];
        Verdict[] v = new Verdict[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            n[i] = c.require(Mode.NESTED, pairs[i], wc);
            v[i] = Verdict.of(c, pairs[i], wc);
        }
        boolean shrinks = n[2].walkCycles() < n[0].walkCycles();
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Large pages %s nested paging's walk cost%s: walk cycles %s at 4K/4K, %s at 2M/2M,"
                        + " %s at 1G/1G (TLB miss rate %s, %s, %s; %s, %s, %s references per walk); its overhead versus"
                        + " native goes %s, %s, %s.",
                shrinks ? "shrink" : "do not shrink", settingText(c, wc),
                Numbers.compact(n[0].walkCycles()), Numbers.compact(n[1].walkCycles()), Numbers.compact(n[2].walkCycles()),
                Numbers.percent(n[0].tlbMissRate()), Numbers.percent(n[1].tlbMissRate()), Numbers.percent(n[2].tlbMissRate()),
                Numbers.decimal(n[0].avgRefsPerWalk()), Numbers.decimal(n[1].avgRefsPerWalk()),
                Numbers.decimal(n[2].avgRefsPerWalk()), Numbers.signedPercent(n[0].overheadVsNative()),
                Numbers.signedPercent(n[1].overheadVsNative()), Numbers.signedPercent(n[2].overheadVsNative())));
        t.append(String.format(Locale.ROOT, " Shadow cycles / nested cycles: %s, %s, %s, so large pages %s.",
                v[0].ratioText(), v[1].ratioText(), v[2].ratioText(), gapTrend(v[0], v[1], v[2])));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("walkCaches", wc);
        f.put("nestedWalkCycles", byPair(pairs, i -> n[i].walkCycles()));
        f.put("nestedRefsPerWalk", byPair(pairs, i -> n[i].avgRefsPerWalk()));
        f.put("nestedOverheadVsNative", byPair(pairs, i -> n[i].overheadVsNative()));
        f.put("shadowOverNestedCycles", byPair(pairs, i -> ComparisonRow.round(v[i].ratio(), 4)));
        f.put("nestedWalkCyclesShrink", shrinks);
        return new Finding("largePages", t.toString(), f);
    }

    /** A guest 2M page on host 4K pages keeps only 4K of reach in the TLB. */
    static Finding splintering(Comparison c) {
        boolean wc = c.headlineWalkCaches();
        ComparisonRow split = c.require(Mode.NESTED, SPLINTERED, wc);
        ComparisonRow whole = c.require(Mode.NESTED, LARGE, wc);
        double times = whole.walks() == 0 ? 0 : (double) split.walks() / whole.walks();
        String t = String.format(Locale.ROOT, "Splintering: a guest 2M page on host 4K pages enters the TLB as 4K pieces,"
                        + " so nested 2M/4K walks %s times against %s at 2M/2M (%s) and costs %s versus native 2M against %s.",
                Numbers.count(split.walks()), Numbers.count(whole.walks()),
                whole.walks() == 0 ? "none to compare" : times(times) + " as often",
                Numbers.signedPercent(split.overheadVsNative()), Numbers.signedPercent(whole.overheadVsNative()));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("walkCaches", wc);
        f.put("nestedWalks2M4K", split.walks());
        f.put("nestedWalks2M2M", whole.walks());
        f.put("nestedOverhead2M4K", split.overheadVsNative());
        f.put("nestedOverhead2M2M", whole.overheadVsNative());
        return new Finding("splintering", t, f);
    }

    /** What the page-walk cache and nested TLB save at 4K/4K. */
    static Finding walkCaches(Comparison c) {
        ComparisonRow on = c.require(Mode.NESTED, SMALL, true);
        ComparisonRow off = c.require(Mode.NESTED, SMALL, false);
        ComparisonRow sOn = c.require(Mode.SHADOW, SMALL, true);
        ComparisonRow sOff = c.require(Mode.SHADOW, SMALL, false);
        double saved = 1 - ComparisonRow.ratio(on.walkCycles(), off.walkCycles());
        String t = String.format(Locale.ROOT, "The page-walk cache and nested TLB cut nested 4K/4K walks from %s to %s"
                        + " references (walk cycles %s); shadow paging's one-dimensional walks go from %s to %s.",
                Numbers.decimal(off.avgRefsPerWalk()), Numbers.decimal(on.avgRefsPerWalk()),
                Numbers.signedPercent(-saved), Numbers.decimal(sOff.avgRefsPerWalk()), Numbers.decimal(sOn.avgRefsPerWalk()));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("nestedRefsPerWalkOff", off.avgRefsPerWalk());
        f.put("nestedRefsPerWalkOn", on.avgRefsPerWalk());
        f.put("nestedWalkCyclesSaved", ComparisonRow.round(saved, 4));
        f.put("shadowRefsPerWalkOff", sOff.avgRefsPerWalk());
        f.put("shadowRefsPerWalkOn", sOn.avgRefsPerWalk());
        return new Finding("walkCaches", t, f);
    }

    /**
     * What large pages do to the distance between the two modes, measured as |ln(shadow/nested)|
     * from 4K/4K to the larger of 2M/2M and 1G/1G that is closer.
     */
    static String gapTrend(Verdict small, Verdict large, Verdict huge) {
        double before = Math.abs(Math.log(small.ratio()));
        Verdict best = Math.abs(Math.log(large.ratio())) <= Math.abs(Math.log(huge.ratio())) ? large : huge;
        double after = Math.abs(Math.log(best.ratio()));
        if (small.nestedWins() != best.nestedWins() && after < before) {
            return "turn " + small.winner() + " paging's lead into " + best.winner() + " paging's";
        }
        if (after < before) return "close the gap between the two";
        return small.nestedWins() ? "widen nested paging's lead" : "widen shadow paging's lead";
    }

    /** 3.2× or 48,481× */
    static String times(double t) {
        return t >= 100 ? String.format(Locale.ROOT, "%,.0f\u00d7", t) : String.format(Locale.ROOT, "%.1f\u00d7", t);
    }

    private static String mostly(Verdict v) {
        String top = v.topExitReason();
        return top == null ? "" : ", most of them " + top;
    }

    static String settingText(Comparison c, boolean walkCaches) {
        if (!c.hasWalkCaches()) return " (the config has no walk caches)";
        return walkCaches ? " with walk caches" : " without walk caches";
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<String, Object> byPair(PagePair[] pairs, java.util.function.IntFunction<Object> value) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i++) m.put(pairs[i].label(), value.apply(i));
        return m;
    }
}
