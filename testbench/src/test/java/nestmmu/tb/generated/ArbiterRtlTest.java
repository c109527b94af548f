package nestmmu.tb.generated;

import static nestmmu.hdl.Hw.uint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import nestmmu.hdl.util.Arbiter;
import nestmmu.hdl.util.Arbiter.Policy;
import nestmmu.tb.Condition;
import nestmmu.tb.CycleListener;
import nestmmu.tb.Dut;
import nestmmu.tb.Duts;
import nestmmu.tb.Generated;
import nestmmu.tb.Monitor;
import nestmmu.tb.RtlTest;
import nestmmu.tb.Scoreboard;
import nestmmu.tb.ValidReadyDriver;

/**
 * The generated {@link Arbiter} in Verilator. Round robin: a driver per input, a random consumer,
 * a monitor on {@code out}, and a model that predicts every grant. Fixed priority has no state and
 * no clock, so it is checked input vector by input vector against the rule "lowest valid input wins".
 */
@RtlTest
class ArbiterRtlTest {
    private static final int INPUTS = 3;

    /** One transfer on {@code out}: which input won and what it carried. */
    record Grant(long input, long bits) {}

    static final class InputDriver extends ValidReadyDriver<Long> {
        private final int input;

        InputDriver(int input) {
            super("in_" + input + "_valid_i", "in_" + input + "_ready_o");
            this.input = input;
        }

        @Override
        protected void payload(Dut dut, Long bits) {
            dut.set("in_" + input + "_bits_i", bits);
        }
    }

    static final class GrantMonitor extends Monitor<Grant> {
        @Override
        protected Optional<Grant> sample(Dut dut) {
            boolean fire = dut.get("out_valid_o") == 1 && dut.get("out_ready_i") == 1;
            return fire ? Optional.of(new Grant(dut.get("chosen_o"), dut.get("out_bits_o"))) : Optional.empty();
        }
    }

    /** Round robin as documented: the first valid input after the last winner; input 0 first after reset. */
    static final class RoundRobinModel implements CycleListener {
        private final int n;
        private final Scoreboard<Grant> grants;
        private int last;

        RoundRobinModel(int n, Scoreboard<Grant> grants) {
            this.n = n;
            this.grants = grants;
            this.last = n - 1;
        }

        @Override
        public void atEdge(Dut dut) {
            if (dut.get("out_ready_i") == 0) return;
            for (int k = 1; k <= n; k++) {
                int i = (last + k) % n;
                if (dut.get("in_" + i + "_valid_i") == 1) {
                    grants.expect(new Grant(i, dut.get("in_" + i + "_bits_i")));
                    last = i;
                    return;
                }
            }
        }
    }

    private static Dut roundRobin(Duts duts) {
        Dut dut = duts.open(Generated.verilog(() -> new Arbiter<>(INPUTS, uint(8), Policy.ROUND_ROBIN)));
        dut.clock().start();
        for (int i = 0; i < INPUTS; i++) dut.set("in_" + i + "_valid_i", 0);
        dut.set("out_ready_i", 0).reset();
        return dut;
    }

    private static List<InputDriver> drivers(Dut dut) {
        List<InputDriver> drivers = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) drivers.add(dut.attach(new InputDriver(i)));
        return drivers;
    }

    @Test
    @DisplayName("with every input always asking and out always ready, round robin grants 0, 1, 2, 0, 1, 2, ...")
    void roundRobinTakesTurns(Duts duts) {
        Dut dut = roundRobin(duts);
        List<InputDriver> drivers = drivers(dut);
        for (InputDriver d : drivers) for (long v = 0; v < 4; v++) d.send(v);
        dut.set("out_ready_i", 1);
        List<Grant> seen = new ArrayList<>();
        dut.attach(new GrantMonitor()).subscribe(seen::add);
        dut.await(dut.clock().cycles(4 * INPUTS));
        assertThat(seen).extracting(Grant::input).containsExactly(0L, 1L, 2L, 0L, 1L, 2L, 0L, 1L, 2L, 0L, 1L, 2L);
    }

    @RepeatedTest(2)
    @DisplayName("round robin under random requests and back-pressure grants as the model predicts and starves nobody")
    void roundRobinMatchesTheModel(Duts duts, SplittableRandom random) {
        Dut dut = roundRobin(duts);
        List<InputDriver> drivers = drivers(dut);
        Scoreboard<Grant> grants = dut.scoreboard("grants");
        long stopOffering = dut.cycle() + 300;
        dut.attach(EachCycle.drive(d -> {
            boolean offering = d.cycle() < stopOffering;   // then out stays ready and the drivers' queues empty
            if (offering) for (InputDriver in : drivers) if (random.nextInt(3) == 0) in.send((long) random.nextInt(256));
            d.set("out_ready_i", !offering || random.nextInt(4) != 0 ? 1 : 0);
        }));
        dut.attach(new RoundRobinModel(INPUTS, grants));
        dut.attach(new GrantMonitor()).subscribe(grants::observe);
        dut.await(dut.clock().cycles(300));
        Condition allSent = drivers.stream().map(InputDriver::done).reduce(Condition::and).orElseThrow();
        dut.waitUntil(allSent, 300);

        grants.assertPassed();
        assertThat(grants.matched()).isEqualTo(drivers.stream().mapToLong(InputDriver::sent).sum()).isGreaterThan(150);
    }

    @RepeatedTest(2)
    @DisplayName("a fixed-priority arbiter forwards the lowest valid input, and only that input sees ready")
    void fixedPriorityPicksTheLowestValidInput(Duts duts, SplittableRandom random) {
        int n = 4;
        Dut dut = duts.open(Generated.verilog(() -> new Arbiter<>(n, uint(8), Policy.FIXED_PRIORITY)));
        for (int vector = 0; vector < 300; vector++) {
            long[] bits = new long[n];
            int winner = -1;
            for (int i = n - 1; i >= 0; i--) {
                boolean valid = random.nextInt(3) == 0;
                bits[i] = random.nextInt(256);
                dut.set("in_" + i + "_valid_i", valid ? 1 : 0).set("in_" + i + "_bits_i", bits[i]);
                if (valid) winner = i;
            }
            boolean ready = random.nextBoolean();
            dut.set("out_ready_i", ready ? 1 : 0);

            String at = "vector " + vector + "; " + dut.whereabouts();
            assertThat(dut.get("out_valid_o")).as(at).isEqualTo(winner >= 0 ? 1 : 0);
            assertThat(dut.get("chosen_o")).as(at).isEqualTo(Math.max(winner, 0));
            if (winner >= 0) assertThat(dut.get("out_bits_o")).as(at).isEqualTo(bits[winner]);
            for (int i = 0; i < n; i++) {
                assertThat(dut.get("in_" + i + "_ready_o")).as(at + "; ready of input " + i).isEqualTo(ready && i == winner ? 1 : 0);
            }
        }
    }
}
