package nestmmu.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;

/** The direction of each finding on small workloads, and what the findings conclude from given numbers. */
class FindingsTest {

    @ParameterizedTest(name = "nested paging beats shadow paging at 4K/4K on {0}")
    @ValueSource(strings = {Comparisons.PTUPDATE, Comparisons.CTXSWITCH})
    void nestedBeatsShadowWhereTheGuestUpdatesTablesOrSwitches(String spec) {
        Comparison c = Comparisons.of(spec);
        Verdict v = Verdict.of(c, Findings.SMALL, true);
        assertThat(v.nestedWins()).as("shadow/nested %s", v.ratioText()).isTrue();
        assertThat(v.shadow().vmExits()).isPositive();
        assertThat(v.shadowVmmShare()).as("shadow paging's time goes to its exits").isGreaterThan(0.5);
        Finding f = finding(Findings.of(c), "shadowVsNested");
        assertThat(f.figures()).containsEntry("winner", "nested");
        assertThat(f.text()).startsWith("Nested paging beats shadow paging by +");
    }

    @Test
    void shadowBeatsNestedOnRandomAccessesToStableTablesAt4KPages() {
        Comparison c = Comparisons.of(Comparisons.RANDOM);
        for (boolean wc : new boolean[] {true, false}) {
            Verdict v = Verdict.of(c, Findings.SMALL, wc);
            assertThat(v.nestedWins()).as("walk caches %s: shadow/nested %s", wc, v.ratioText()).isFalse();
            assertThat(v.nested().tlbMissRate()).as("128 pages through a 32-entry TLB").isGreaterThan(0.5);
            assertThat(v.nested().avgRefsPerWalk()).isGreaterThan(v.shadow().avgRefsPerWalk());
        }
        Finding f = finding(Findings.of(c), "shadowVsNested");
        assertThat(f.figures()).containsEntry("winner", "shadow");
        assertThat(f.text()).startsWith("Shadow paging beats nested paging by +");
    }

    @Test
    void largePagesShrinkNestedWalkCostAndCloseTheGapOnRandomAccesses() {
        Comparison c = Comparisons.of(Comparisons.RANDOM);
        for (boolean wc : new boolean[] {true, false}) {
            long small = c.require(Mode.NESTED, Findings.SMALL, wc).walkCycles();
            long large = c.require(Mode.NESTED, Findings.LARGE, wc).walkCycles();
            long huge = c.require(Mode.NESTED, Findings.HUGE, wc).walkCycles();
            assertThat(large).as("walk caches %s", wc).isLessThan(small / 10);
            assertThat(huge).isLessThan(small / 10);
            assertThat(Verdict.of(c, Findings.LARGE, wc).ratio()).isGreaterThan(Verdict.of(c, Findings.SMALL, wc).ratio());
        }
        // cold 2D walks get shorter with the page: 24, 15 and 8 references at most
        assertThat(c.require(Mode.NESTED, Findings.SMALL, false).avgRefsPerWalk()).isGreaterThan(
                c.require(Mode.NESTED, Findings.LARGE, false).avgRefsPerWalk());
        assertThat(c.require(Mode.NESTED, Findings.LARGE, false).avgRefsPerWalk()).isGreaterThan(
                c.require(Mode.NESTED, Findings.HUGE, false).avgRefsPerWalk());
        Finding f = finding(Findings.of(c), "largePages");
        assertThat(f.figures()).containsEntry("nestedWalkCyclesShrink", true);
        assertThat(f.text()).startsWith("Large pages shrink nested paging's walk cost")
                .contains("large pages turn shadow paging's lead into nested paging's");
    }

    @Test
    void splinteringCostsNestedPagingTheLargePagesReach() {
        Comparison c = Comparisons.of(Comparisons.RANDOM);
        ComparisonRow split = c.require(Mode.NESTED, Findings.SPLINTERED, true);
        ComparisonRow whole = c.require(Mode.NESTED, Findings.LARGE, true);
        assertThat(split.walks()).isGreaterThan(10 * whole.walks());
        assertThat(finding(Findings.of(c), "splintering").figures()).containsEntry("nestedWalks2M4K", split.walks());
    }

    @Test
    void theWalkCachesShortenNestedWalks() {
        Finding f = finding(Findings.of(Comparisons.of(Comparisons.RANDOM)), "walkCaches");
        assertThat((Double) f.figures().get("nestedRefsPerWalkOff")).isGreaterThan(20);
        assertThat((Double) f.figures().get("nestedRefsPerWalkOn")).isLessThan(12);
    }

    @Test
    void theSuiteNamesTheWorkloadsOnEachSide() {
        List<Comparison> suite = List.of(Comparisons.of(Comparisons.PTUPDATE), Comparisons.of(Comparisons.RANDOM),
                Comparisons.of(Comparisons.CTXSWITCH));
        List<Finding> findings = SuiteFindings.of(suite);
        assertThat(finding(findings, "nestedWins").figures()).containsOnlyKeys(Comparisons.PTUPDATE, Comparisons.CTXSWITCH);
        assertThat(finding(findings, "shadowWins").figures()).containsOnlyKeys(Comparisons.RANDOM);
        assertThat(finding(findings, "largePages").text()).startsWith("Large pages shrink nested paging's walk cost on 3 of 3");
        Finding rvi = finding(findings, "rviLargePages");
        assertThat(rvi.figures()).containsEntry("agreeing", List.of(Comparisons.RANDOM));
        assertThat(rvi.text()).contains("We agree");
        assertThat(finding(findings, "rviGain").text()).contains("above its 500%").contains(Comparisons.PTUPDATE);
    }

    @Test
    void theStudyComparisonSolvesForTheOtherWorkThatWouldMatchVmwaresFortyTwoPercent() {
        // nested paging twice as fast: (1000 + 10 K) / (500 + 10 K) = 1.42 at K = 290 / 4.2
        Comparison c = Comparisons.madeUp("synthetic:made-up", 10,
                s -> s.mode() == Mode.SHADOW ? 1000 : s.mode() == Mode.NESTED ? 500 : 100);
        Finding gain = finding(RviStudy.compare(List.of(c)), "rviGain");
        assertThat(gain.figures()).containsEntry("bestSyntheticNestedGain", 1.0)
                .containsEntry("otherCyclesPerAccessFor42", 69.0)
                .containsEntry("translationShareOfShadowRunAt42", 0.5915);
        assertThat(gain.text()).contains("within its 500%");
    }

    @Test
    void theStudyComparisonDisagreesWhenLargePagesDoNotHelpNestedPaging() {
        Comparison c = Comparisons.madeUp("lackey:prog.lackey", 100, s -> {
            if (s.mode() == Mode.NATIVE) return 100;
            if (s.mode() == Mode.SHADOW) return 1000;
            return s.pages().guest() == PageSize.SIZE_4K ? 2000 : 4000; // nested worse with large pages
        });
        List<Finding> f = RviStudy.compare(List.of(c));
        assertThat(finding(f, "rviLargePages").figures()).containsEntry("disagreeing", List.of("lackey:prog.lackey"));
        assertThat(finding(f, "rviLargePages").text()).contains("We disagree");
        assertThat(finding(f, "rviGain").figures()).containsEntry("recordedNestedGain", Map.of("lackey:prog.lackey", -0.5));
        assertThat(finding(f, "rviGain").text()).contains("the opposite of VMware's direction");
    }

    @Test
    void theGapTrendIsReadFromTheRatios() {
        Comparison nestedAlwaysAhead = Comparisons.madeUp("synthetic:a", 10,
                s -> s.mode() == Mode.SHADOW ? 1000 : s.mode() == Mode.NESTED ? (s.pages().guest() == PageSize.SIZE_4K ? 500 : 100) : 50);
        assertThat(finding(Findings.of(nestedAlwaysAhead), "largePages").text()).contains("widen nested paging's lead");
        Comparison closing = Comparisons.madeUp("synthetic:b", 10,
                s -> s.mode() == Mode.SHADOW ? 1000 : s.mode() == Mode.NESTED ? (s.pages().guest() == PageSize.SIZE_4K ? 500 : 900) : 50);
        assertThat(finding(Findings.of(closing), "largePages").text()).contains("close the gap between the two");
    }

    static Finding finding(List<Finding> findings, String topic) {
        return findings.stream().filter(f -> f.topic().equals(topic)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + topic + " in " + findings));
    }
}
