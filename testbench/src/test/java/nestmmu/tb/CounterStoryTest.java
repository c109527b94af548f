package nestmmu.tb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The harness read as a story, on the counter fixture named by its source file. */
@RtlTest(sources = "nestmmu/sim/verilator/fixtures/counter.v")
class CounterStoryTest {

    @Test
    void afterResetTheCounterCountsTheEnabledRisingEdges(Dut dut) {
        Clock clock = dut.clock().start();
        dut.reset();
        assertThat(dut.get("count_o")).isZero();

        dut.set("en_i", 1);
        dut.await(clock.cycles(3));
        assertThat(dut.get("count_o")).isEqualTo(3);

        dut.set("en_i", 0);
        dut.await(clock.risingEdge());
        assertThat(dut.get("count_o")).isEqualTo(3);
    }

    @Test
    void waitUntilReturnsTheCyclesItWaited(Dut dut) {
        dut.clock().start();
        dut.reset();
        dut.set("en_i", 1);
        assertThat(dut.waitUntil(dut.signal("count_o").is(10), 50)).isEqualTo(10);
        assertThat(dut.waitUntil(dut.signal("count_o").is(10), 0)).as("already true: no waiting").isZero();
    }

    @Test
    void theWrapFlagIsSeenInTheCycleBeforeTheCountReturnsToZero(Dut dut) {
        Clock clock = dut.clock().start();
        dut.reset();
        dut.set("en_i", 1);
        dut.waitUntil(dut.signal("wrap_o").is(1), 300);
        assertThat(dut.get("count_o")).isEqualTo(255);
        dut.await(clock.risingEdge());
        assertThat(dut.get("count_o")).isZero();
        assertThat(dut.get("wrap_o")).isZero();
    }

    @Test
    void timeCannotPassBeforeTheClockIsStarted(Dut dut) {
        Clock clock = dut.clock();
        assertThatThrownBy(() -> dut.await(clock.risingEdge())).hasMessageContaining("clock().start()");
        assertThatThrownBy(dut::reset).hasMessageContaining("clock().start()");
    }

    @Test
    void aCocotbStyleCycleCostsOneNativeCall(Dut dut) {
        Clock clock = dut.clock().start();
        dut.reset();
        Signal enable = dut.signal("en_i");
        Signal count = dut.signal("count_o");
        long before = dut.simulation().nativeCalls();
        for (int i = 0; i < 100; i++) {
            enable.set(i % 2);
            dut.await(clock.risingEdge());
            count.get();
        }
        assertThat(dut.simulation().nativeCalls() - before).isEqualTo(100);
        assertThat(count.get()).isEqualTo(50);
    }
}
