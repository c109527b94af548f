package nestmmu.sim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import nestmmu.arch.Mode;
import nestmmu.sim.workload.Workloads;

/**
 * Our numbers set beside the VMware study of AMD RVI (nested paging) against VMware's shadow
 * paging: "Performance Evaluation of AMD RVI Hardware Assist", VMware, Inc., 2009 (ESX 3.5 Update
 * 2 on a quad-core AMD Opteron 8384, "Shanghai"). Its summary: RVI gains up to 42% on
 * MMU-intensive benchmarks and up to 500% on MMU-intensive microbenchmarks over shadow paging,
 * and, while RVI raises memory-access latency for a few workloads, large pages in the guest and
 * the hypervisor reduce that cost. The study's figures are constants here; whether we agree is
 * computed from the rows.
 */
public final class RviStudy {
    /** Up to 42% gain of RVI over shadow paging on MMU-intensive benchmarks. */
    public static final double BENCHMARK_GAIN = 0.42;
    /** Up to 500% gain on MMU-intensive microbenchmarks. */
    public static final double MICROBENCHMARK_GAIN = 5.00;
    public static final String CITATION = "VMware, \"Performance Evaluation of AMD RVI Hardware Assist\" (2009),"
            + " https://blogs.vmware.com/performance/2009/03/performance-evaluation-of-amd-rvi-hardware-assist.html";

    private RviStudy() {}

    /** The findings that set {@code comparisons} beside the study: the gains, large pages, and why we differ. */
    public static List<Finding> compare(List<Comparison> comparisons) {
        List<Finding> list = new ArrayList<>();
        list.add(gains(comparisons));
        list.add(largePages(comparisons));
        list.add(differences(comparisons));
        return list;
    }

    static Finding gains(List<Comparison> comparisons) {
        StringBuilder t = new StringBuilder("VMware measured nested paging (AMD RVI) up to 42% faster than its shadow"
                + " paging on MMU-intensive benchmarks and up to 500% faster on MMU-intensive microbenchmarks ["
                + CITATION + "].");
        Map<String, Object> f = new LinkedHashMap<>();
        Comparison bestSynthetic = best(comparisons, true);
        if (bestSynthetic != null) {
            Verdict v = headline(bestSynthetic);
            f.put("bestSyntheticWorkload", bestSynthetic.workload());
            f.put("bestSyntheticNestedGain", ComparisonRow.round(v.nestedGain(), 4));
            if (v.nestedWins()) {
                t.append(" Our synthetic workloads, microbenchmarks by construction, give nested paging up to ")
                        .append(Numbers.signedPercent(v.nestedGain())).append(" at 4K/4K (").append(bestSynthetic.workload())
                        .append("): ").append(against(v.nestedGain(), MICROBENCHMARK_GAIN, "500%")).append('.');
            } else {
                t.append(" On our synthetic workloads shadow paging wins at 4K/4K (by ").append(Numbers.signedPercent(v.margin()))
                        .append(" at least, on ").append(bestSynthetic.workload())
                        .append("): the opposite of VMware's microbenchmarks.");
            }
        }
        List<Comparison> recorded = comparisons.stream().filter(c -> !isSynthetic(c)).toList();
        if (!recorded.isEmpty()) {
            StringJoiner j = new StringJoiner("; ");
            Map<String, Object> gains = new LinkedHashMap<>();
            for (Comparison c : recorded) {
                Verdict v = headline(c);
                gains.put(c.workload(), ComparisonRow.round(v.nestedGain(), 4));
                j.add(c.workload() + ": " + v.phrase() + " at 4K/4K, " + against(v.nestedGain(), BENCHMARK_GAIN, "42%"));
            }
            f.put("recordedNestedGain", gains);
            t.append(" Recorded programs: ").append(j).append('.');
        }
        Comparison top = best(comparisons, null);
        Verdict v = headline(top);
        if (v.nestedGain() > BENCHMARK_GAIN) {
            ComparisonRow s = v.shadow();
            ComparisonRow n = v.nested();
            // other work K per access added to both: (S + K·A) / (N + K·A) = 1 + gain, solved for K
            double k = (s.totalCycles() - (1 + BENCHMARK_GAIN) * n.totalCycles()) / (BENCHMARK_GAIN * s.accesses());
            double share = s.totalCycles() / (s.totalCycles() + k * s.accesses());
            f.put("otherCyclesPerAccessFor42", ComparisonRow.round(k, 1));
            f.put("translationShareOfShadowRunAt42", ComparisonRow.round(share, 4));
            t.append(String.format(Locale.ROOT, " Our cycles are address translation and the VMM alone; had every access"
                            + " also spent K cycles on other work, %s's gain would fall to VMware's 42%% at K = %s cycles per"
                            + " access, where translation and the VMM are %s of the shadow-paged run.",
                    top.workload(), Numbers.compact(k), Numbers.percent(share)));
        }
        return new Finding("rviGain", t.toString(), f);
    }

    static Finding largePages(List<Comparison> comparisons) {
        StringBuilder t = new StringBuilder("VMware also found that nested paging raises memory-access latency for a few"
                + " workloads and that large pages in the guest and the hypervisor reduce that cost.");
        Map<String, Object> f = new LinkedHashMap<>();
        List<String> agree = new ArrayList<>();
        List<String> disagree = new ArrayList<>();
        StringJoiner cases = new StringJoiner("; ");
        for (Comparison c : comparisons) {
            Verdict small = headline(c);
            if (small.nestedWins()) continue;
            boolean wc = c.headlineWalkCaches();
            Verdict large = Verdict.of(c, Findings.LARGE, wc);
            Verdict huge = Verdict.of(c, Findings.HUGE, wc);
            Verdict better = large.ratio() >= huge.ratio() ? large : huge;
            boolean agrees = better.ratio() > small.ratio();
            (agrees ? agree : disagree).add(c.workload());
            cases.add(String.format(Locale.ROOT, "%s: shadow paging wins by %s at 4K/4K, %s at %s",
                    c.workload(), Numbers.signedPercent(small.margin()), better.phrase(),
                    better == large ? "2M/2M" : "1G/1G"));
        }
        f.put("agreeing", agree);
        f.put("disagreeing", disagree);
        if (agree.isEmpty() && disagree.isEmpty()) {
            t.append(" None of these workloads shows that penalty (nested paging wins every one at 4K/4K), so this"
                    + " part of the study is not tested here; a TLB-miss-heavy workload with stable tables, such as"
                    + " synthetic:random with many accesses per page, shows it.");
        } else {
            t.append(" Here the penalty shows at 4K/4K pages: ").append(cases).append('.');
            t.append(disagree.isEmpty() ? " We agree: large pages shrink nested paging's disadvantage."
                    : agree.isEmpty() ? " We disagree: large pages do not shrink nested paging's disadvantage here."
                    : " We agree on " + String.join(", ", agree) + " and disagree on " + String.join(", ", disagree) + ".");
        }
        return new Finding("rviLargePages", t.toString(), f);
    }

    static Finding differences(List<Comparison> comparisons) {
        Comparison c = comparisons.get(0);
        long faults = 0;
        long accesses = 0;
        for (Comparison x : comparisons) {
            ComparisonRow n = x.require(Mode.NATIVE, Findings.SMALL, x.headlineWalkCaches());
            faults += n.faults();
            accesses += n.accesses();
        }
        Map<String, Long> costs = c.exitCosts().toMap();
        String t = String.format(Locale.ROOT, "Why our magnitudes differ from VMware's: (1) our cycles are the MMU's"
                        + " translation cycles and the VMM's exits only, not the program's own instructions and cache misses,"
                        + " so every percentage here is a share of translation time and larger than a whole-program figure;"
                        + " (2) every page-table reference costs the memory latency (%d cycles) plus one, while on hardware most"
                        + " hit the data caches and some go to DRAM, which is what made a few workloads slower under RVI;"
                        + " (3) the exit costs are estimates for a current CPU (hiddenFault %d, ptWrite %d, cr3Write %d cycles),"
                        + " and VMware's shadow paging avoided many exits (binary translation of page-table writes, lazy shadow"
                        + " updates) where ours exits on every one; (4) our runs are short, so start-up page faults weigh"
                        + " heavily (%s guest page faults in %s accesses at 4K pages); (5) the synthetic kinds are extreme by"
                        + " design: microbenchmarks, not applications.",
                c.memLatency(), costs.get("hiddenFault"), costs.get("ptWrite"), costs.get("cr3Write"),
                Numbers.count(faults), Numbers.count(accesses));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("memLatency", c.memLatency());
        f.put("exitCosts", costs);
        f.put("guestPageFaults4K", faults);
        f.put("accesses", accesses);
        return new Finding("rviDifferences", t, f);
    }

    /** The phrase that places {@code gain} against one of the study's figures. */
    static String against(double gain, double studyGain, String studyText) {
        if (gain <= 0) return "the opposite of VMware's direction (shadow paging wins)";
        if (gain > studyGain) return "the same direction as VMware, above its " + studyText;
        return "the same direction as VMware, within its " + studyText;
    }

    /** The comparison with the largest nested gain at 4K/4K: among synthetic ones, recorded ones, or all (null). */
    private static Comparison best(List<Comparison> comparisons, Boolean synthetic) {
        Comparison best = null;
        for (Comparison c : comparisons) {
            if (synthetic != null && isSynthetic(c) != synthetic) continue;
            if (best == null || headline(c).ratio() > headline(best).ratio()) best = c;
        }
        return best;
    }

    static boolean isSynthetic(Comparison c) {
        return c.workload().startsWith(Workloads.SYNTHETIC);
    }

    static Verdict headline(Comparison c) {
        return Verdict.of(c, Findings.SMALL, c.headlineWalkCaches());
    }
}
