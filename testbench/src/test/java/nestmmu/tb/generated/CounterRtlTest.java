package nestmmu.tb.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.hdl.util.Counter;
import nestmmu.tb.CycleListener;
import nestmmu.tb.Dut;
import nestmmu.tb.Duts;
import nestmmu.tb.Generated;
import nestmmu.tb.Monitor;
import nestmmu.tb.RtlTest;
import nestmmu.tb.Scoreboard;

/** The generated {@link Counter} in Verilator against a counter written in Java. */
@RtlTest
class CounterRtlTest {
    /** What the counter shows in one cycle: {@code count_o} and {@code wrap_o}. */
    record Step(long count, boolean wrap) {}

    static final class StepMonitor extends Monitor<Step> {
        @Override
        protected Optional<Step> sample(Dut dut) {
            return Optional.of(new Step(dut.get("count_o"), dut.get("wrap_o") == 1));
        }
    }

    /** Counts 0..n-1 on every {@code inc_i} it sees at an edge, and predicts each cycle's step. */
    static final class CounterModel implements CycleListener {
        private final int n;
        private final Scoreboard<Step> steps;
        private long value;
        private int wraps;

        CounterModel(int n, Scoreboard<Step> steps) {
            this.n = n;
            this.steps = steps;
        }

        @Override
        public void atEdge(Dut dut) {
            boolean inc = dut.get("inc_i") == 1;
            boolean wrap = inc && value == n - 1;
            steps.expect(new Step(value, wrap));
            if (wrap) wraps++;
            if (inc) value = (value + 1) % n;
        }
    }

    @ParameterizedTest(name = "a counter to {0} steps on inc and wraps from {0}-1 to 0 like the model")
    @ValueSource(ints = {5, 8})
    void countsLikeTheModel(int n, Duts duts, SplittableRandom random) {
        Dut dut = duts.open(Generated.verilog(() -> new Counter(n)));
        dut.clock().start();
        dut.set("inc_i", 0).reset();

        Scoreboard<Step> steps = dut.scoreboard("steps");
        dut.attach(EachCycle.drive(d -> d.set("inc_i", random.nextInt(4) != 0 ? 1 : 0)));
        CounterModel model = dut.attach(new CounterModel(n, steps));
        dut.attach(new StepMonitor()).subscribe(steps::observe);
        dut.await(dut.clock().cycles(300));

        steps.assertPassed();
        assertThat(steps.matched()).isEqualTo(300);
        assertThat(model.wraps).as("wraps seen").isGreaterThan(10);
    }
}
