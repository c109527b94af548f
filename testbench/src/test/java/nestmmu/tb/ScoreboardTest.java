package nestmmu.tb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

@RtlTest(design = Designs.Counter.class)
class ScoreboardTest {

    @Test
    void theFirstMismatchIsReportedWithItsCycleAndTheSeed(Dut dut) {
        Clock clock = dut.clock().start();
        long seed = dut.seed().value();
        Scoreboard<Long> counts = new Scoreboard<>("counts", dut);
        dut.reset();
        dut.set("en_i", 1);
        for (long expected : new long[] {1, 2, 30, 4, 50}) {
            counts.expect(expected);
            dut.await(clock.risingEdge());
            counts.observe(dut.get("count_o"));
        }
        assertThat(counts.matched()).isEqualTo(3);
        assertThat(counts.mismatches()).isEqualTo(2);
        assertThatThrownBy(counts::assertPassed).isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("scoreboard 'counts': first mismatch at cycle 5 (transaction #3): expected 30 but observed 3; "
                        + "2 mismatch(es), 3 matched; seed " + seed)
                .hasMessageContaining("waveform target/waves/ScoreboardTest/");
    }

    @Test
    void anObservationWithNothingExpectedIsAMismatch(Dut dut) {
        Scoreboard<String> s = new Scoreboard<>("spurious", dut);
        s.observe("surprise");
        assertThatThrownBy(s::assertPassed).hasMessageContaining("observed surprise but nothing was expected");
    }

    @Test
    void anExpectationNeverObservedFailsTheCheck(Dut dut) {
        Scoreboard<String> s = new Scoreboard<>("missing", dut);
        s.expect("a").expect("b");
        s.observe("a");
        assertThat(s.outstanding()).isEqualTo(1);
        assertThatThrownBy(s::assertPassed).hasMessageContaining("1 expected transaction(s) never observed, the first b");
    }

    @Test
    void aCustomComparisonDecidesWhatMatches(Dut dut) {
        Scoreboard<String> s = dut.scoreboard("case-blind", String::equalsIgnoreCase);
        s.expect("Hit");
        s.observe("HIT");
        s.assertPassed();
        assertThat(s.matched()).isEqualTo(1);
    }
}
