package nestmmu.sim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import nestmmu.arch.Mode;

/**
 * What several comparisons say together: on which workloads nested paging beats shadow paging
 * and why, on which shadow paging wins and why, how large pages move each gap, and the VMware RVI
 * study beside it all. Computed from the rows, like {@link Findings}.
 */
public final class SuiteFindings {
    private SuiteFindings() {}

    public static List<Finding> of(List<Comparison> comparisons) {
        List<Finding> list = new ArrayList<>();
        list.add(nestedWins(comparisons));
        list.add(shadowWins(comparisons));
        list.add(largePages(comparisons));
        list.addAll(RviStudy.compare(comparisons));
        return list;
    }

    static Finding nestedWins(List<Comparison> comparisons) {
        return wins(comparisons, true, v -> String.format(Locale.ROOT,
                "(shadow paging: %s VM exits per 1000 accesses%s, %s of its cycles)", Numbers.perKilo(v.shadowExitsPerKilo()),
                v.topExitReason() == null ? "" : ", mostly " + v.topExitReason(), Numbers.percent(v.shadowVmmShare())),
                "There the guest changes its page tables, switches address spaces or faults pages in, and every such"
                        + " event is a VM exit under shadow paging.");
    }

    static Finding shadowWins(List<Comparison> comparisons) {
        return wins(comparisons, false, v -> String.format(Locale.ROOT,
                "(%s of nested translations miss the TLB, %s references per nested walk against %s per shadow walk;"
                        + " only %s VM exits per 1000 accesses)", Numbers.percent(v.nested().tlbMissRate()),
                Numbers.decimal(v.nested().avgRefsPerWalk()), Numbers.decimal(v.shadow().avgRefsPerWalk()),
                Numbers.perKilo(v.shadowExitsPerKilo())),
                "There the tables are stable and the TLB misses often, so the two-dimensional walk costs more than"
                        + " the rare exits.");
    }

    /**
     * The workloads where one mode wins at 4K/4K, each with its margin and {@code why}, then
     * {@code because}; the figures are the margins by workload.
     */
    private static Finding wins(List<Comparison> comparisons, boolean nested, Function<Verdict, String> why, String because) {
        String winner = nested ? "Nested paging beats shadow paging" : "Shadow paging beats nested paging";
        StringJoiner j = new StringJoiner("; ");
        Map<String, Object> f = new LinkedHashMap<>();
        for (Comparison c : comparisons) {
            Verdict v = RviStudy.headline(c);
            if (v.nestedWins() != nested) continue;
            f.put(c.workload(), ComparisonRow.round(v.margin(), 4));
            j.add(c.workload() + " by " + Numbers.signedPercent(v.margin()) + " " + why.apply(v));
        }
        String t = f.isEmpty() ? winner + " at 4K/4K pages on none of these workloads."
                : winner + " at 4K/4K pages on " + j + ". " + because;
        return new Finding(nested ? "nestedWins" : "shadowWins", t, f);
    }

    static Finding largePages(List<Comparison> comparisons) {
        StringJoiner j = new StringJoiner("; ");
        Map<String, Object> f = new LinkedHashMap<>();
        int shrank = 0;
        for (Comparison c : comparisons) {
            boolean wc = c.headlineWalkCaches();
            ComparisonRow small = c.require(Mode.NESTED, Findings.SMALL, wc);
            ComparisonRow large = c.require(Mode.NESTED, Findings.LARGE, wc);
            Verdict v4 = Verdict.of(c, Findings.SMALL, wc);
            Verdict v2 = Verdict.of(c, Findings.LARGE, wc);
            Verdict v1 = Verdict.of(c, Findings.HUGE, wc);
            double change = ComparisonRow.ratio(large.walkCycles(), small.walkCycles()) - 1;
            if (large.walkCycles() < small.walkCycles()) shrank++;
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("nestedWalkCyclesChange4Kto2M", ComparisonRow.round(change, 4));
            Map<String, Object> gaps = new LinkedHashMap<>();
            gaps.put("4K/4K", ComparisonRow.round(v4.ratio(), 4));
            gaps.put("2M/2M", ComparisonRow.round(v2.ratio(), 4));
            gaps.put("1G/1G", ComparisonRow.round(v1.ratio(), 4));
            w.put("shadowOverNested", gaps);
            f.put(c.workload(), w);
            j.add(String.format(Locale.ROOT, "%s: nested walk cycles %s from 4K/4K to 2M/2M, shadow/nested %s, %s, %s"
                            + " at 4K/4K, 2M/2M, 1G/1G, so large pages %s",
                    c.workload(), Numbers.signedPercent(change), v4.ratioText(), v2.ratioText(), v1.ratioText(),
                    Findings.gapTrend(v4, v2, v1)));
        }
        String t = String.format(Locale.ROOT, "Large pages shrink nested paging's walk cost on %d of %d workloads: %s.",
                shrank, comparisons.size(), j);
        return new Finding("largePages", t, f);
    }
}
