package nestmmu.tb.generated;

import static nestmmu.hdl.Hw.uint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.hdl.util.Queue;
import nestmmu.tb.CycleListener;
import nestmmu.tb.Dut;
import nestmmu.tb.Duts;
import nestmmu.tb.Generated;
import nestmmu.tb.Monitor;
import nestmmu.tb.RtlTest;
import nestmmu.tb.Scoreboard;
import nestmmu.tb.ValidReadyDriver;

/**
 * The generated {@link Queue} in Verilator: a driver pushes values into {@code enq}, a random
 * consumer takes them from {@code deq}; one scoreboard checks that what went in comes out in order,
 * another checks the flags and count in every cycle against a FIFO written in Java.
 */
@RtlTest
class QueueRtlTest {
    private static final int VALUES = 200;

    static final class EnqDriver extends ValidReadyDriver<Long> {
        EnqDriver() {
            super("enq_valid_i", "enq_ready_o");
        }

        @Override
        protected void payload(Dut dut, Long value) {
            dut.set("enq_bits_i", value);
        }
    }

    /** The queue's visible state in one cycle. */
    record Flags(long count, boolean enqReady, boolean deqValid) {}

    static final class FlagsMonitor extends Monitor<Flags> {
        @Override
        protected Optional<Flags> sample(Dut dut) {
            return Optional.of(new Flags(dut.get("count_o"), dut.get("enq_ready_o") == 1, dut.get("deq_valid_o") == 1));
        }
    }

    /** A FIFO of {@code entries} that predicts the flags and follows the transfers its own state allows. */
    static final class FifoModel implements CycleListener {
        private final int entries;
        private final Scoreboard<Flags> flags;
        private final ArrayDeque<Long> held = new ArrayDeque<>();
        private int fullCycles;
        private int emptyCycles;

        FifoModel(int entries, Scoreboard<Flags> flags) {
            this.entries = entries;
            this.flags = flags;
        }

        @Override
        public void atEdge(Dut dut) {
            flags.expect(new Flags(held.size(), held.size() < entries, !held.isEmpty()));
            if (held.size() == entries) fullCycles++;
            if (held.isEmpty()) emptyCycles++;
            boolean deq = !held.isEmpty() && dut.get("deq_ready_i") == 1;
            boolean enq = held.size() < entries && dut.get("enq_valid_i") == 1;
            if (deq) held.pollFirst();
            if (enq) held.addLast(dut.get("enq_bits_i"));
        }
    }

    @ParameterizedTest(name = "a {0}-entry queue passes every value through in order, and its flags follow a FIFO model")
    @ValueSource(ints = {3, 4})
    void passesValuesThroughInOrder(int entries, Duts duts, SplittableRandom random) {
        Dut dut = duts.open(Generated.verilog(() -> new Queue<>(entries, uint(8))));
        dut.clock().start();
        dut.set("enq_valid_i", 0).set("deq_ready_i", 0).reset();

        EnqDriver producer = new EnqDriver();
        Scoreboard<Long> values = dut.scoreboard("values");
        Scoreboard<Flags> flags = dut.scoreboard("flags");
        int[] offered = {0};
        dut.attach(EachCycle.drive(d -> {
            // alternate phases of mostly-producing and mostly-consuming, so the queue fills and drains
            boolean filling = (d.cycle() / 25) % 2 == 0;
            if (offered[0] < VALUES && random.nextInt(4) < (filling ? 3 : 1)) {
                producer.send((long) random.nextInt(256));
                offered[0]++;
            }
            d.set("deq_ready_i", random.nextInt(4) < (filling ? 1 : 3) ? 1 : 0);
        }));
        dut.attach(producer);
        FifoModel model = dut.attach(new FifoModel(entries, flags));
        dut.attach(HandshakeMonitor.onInput("enq")).subscribe(values::expect);
        dut.attach(HandshakeMonitor.onOutput("deq")).subscribe(values::observe);
        dut.attach(new FlagsMonitor()).subscribe(flags::observe);

        dut.waitUntil("all values offered", () -> offered[0] == VALUES, 2000);
        dut.waitUntil(producer.done().and(values.drained()), 2000);

        values.assertPassed();
        flags.assertPassed();
        assertThat(values.matched()).isEqualTo(VALUES);
        assertThat(model.fullCycles).as("cycles full").isPositive();
        assertThat(model.emptyCycles).as("cycles empty").isPositive();
    }
}
