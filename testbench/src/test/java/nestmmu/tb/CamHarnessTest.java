package nestmmu.tb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Drivers, monitors and a scoreboard around cam4, in cocotb-bus style: drivers put writes and
 * lookups on the pins, a model watching the inputs predicts every lookup result, a monitor on the
 * outputs reports what the CAM answered, and the scoreboard compares the two.
 */
@RtlTest(design = Designs.Cam4.class)
class CamHarnessTest {
    record Write(int index, long key, long data) {}

    record Lookup(long key) {}

    record Result(boolean hit, int index, long data) {
        static final Result MISS = new Result(false, 0, 0);
    }

    static final class WriteDriver extends Driver<Write> {
        @Override
        protected void drive(Dut dut, Write w) {
            dut.set("wr_en_i", 1).set("wr_idx_i", w.index()).set("wr_key_i", w.key()).set("wr_data_i", w.data());
        }

        @Override
        protected void idle(Dut dut) {
            dut.set("wr_en_i", 0);
        }
    }

    static final class LookupDriver extends ValidReadyDriver<Lookup> {
        LookupDriver() {
            super("lk_valid_i", null);
        }

        @Override
        protected void payload(Dut dut, Lookup l) {
            dut.set("lk_key_i", l.key());
        }
    }

    /** Answers appear one cycle after their lookup: report them if a lookup went in at the previous edge. */
    static final class ResultMonitor extends Monitor<Result> {
        private boolean lookupInFlight;

        @Override
        protected Optional<Result> sample(Dut dut) {
            Optional<Result> answer = lookupInFlight
                    ? Optional.of(new Result(dut.get("lk_hit_o") == 1, (int) dut.get("lk_idx_o"), dut.get("lk_data_o")))
                    : Optional.empty();
            lookupInFlight = dut.get("lk_valid_i") == 1;
            return answer;
        }
    }

    /** The reference: watches the inputs at each edge and predicts the answer to every lookup. */
    static final class CamModel implements CycleListener {
        private final long[] keys = new long[4];
        private final long[] data = new long[4];
        private final boolean[] valid = new boolean[4];
        private final Scoreboard<Result> expectations;

        CamModel(Scoreboard<Result> expectations) {
            this.expectations = expectations;
        }

        @Override
        public void atEdge(Dut dut) {
            if (dut.get("rst_ni") == 0) {
                java.util.Arrays.fill(valid, false);
                return;
            }
            if (dut.get("lk_valid_i") == 1) {  // a lookup sees the entries as they were before this edge's write
                Result r = Result.MISS;
                for (int e = 3; e >= 0; e--) {
                    if (valid[e] && keys[e] == dut.get("lk_key_i")) r = new Result(true, e, data[e]);
                }
                expectations.expect(r);
            }
            if (dut.get("wr_en_i") == 1) {
                int e = (int) dut.get("wr_idx_i");
                keys[e] = dut.get("wr_key_i");
                data[e] = dut.get("wr_data_i");
                valid[e] = true;
            }
        }
    }

    @Test
    void aWrittenKeyIsFoundWithItsData(Dut dut) {
        Clock clock = dut.clock().start();
        dut.set("wr_en_i", 0).set("lk_valid_i", 0);
        dut.reset();
        dut.set("wr_en_i", 1).set("wr_idx_i", 2).set("wr_key_i", 0x42).set("wr_data_i", 7);
        dut.await(clock.risingEdge());
        dut.set("wr_en_i", 0).set("lk_valid_i", 1).set("lk_key_i", 0x42);
        dut.waitUntil(dut.signal("lk_hit_o").is(1), 2);
        assertThat(dut.get("lk_idx_o")).isEqualTo(2);
        assertThat(dut.get("lk_data_o")).isEqualTo(7);
    }

    @RepeatedTest(3)
    void randomWritesAndLookupsMatchTheModel(Dut dut, SplittableRandom random) {
        WriteDriver writes = new WriteDriver();
        LookupDriver lookups = new LookupDriver();
        Scoreboard<Result> scoreboard = dut.scoreboard("lookups");
        dut.attach(writes);
        dut.attach(lookups);
        dut.attach(new CamModel(scoreboard));
        ResultMonitor results = dut.attach(new ResultMonitor());
        results.subscribe(scoreboard::observe);

        dut.clock().start();
        dut.reset();
        long[] keys = random.longs(6, 0, 1L << 32).toArray();
        for (int i = 0; i < 300; i++) {
            if (random.nextInt(3) == 0) writes.send(new Write(random.nextInt(4), keys[random.nextInt(6)], random.nextLong(1L << 32)));
            if (random.nextInt(2) == 0) lookups.send(new Lookup(keys[random.nextInt(6)]));
        }
        dut.waitUntil(writes.done().and(lookups.done()), 1000);
        dut.waitUntil(scoreboard.drained(), 5);
        scoreboard.assertPassed();
        assertThat(scoreboard.matched()).isEqualTo(lookups.sent()).isGreaterThan(100);
        assertThat(dut.get("hits_o")).isPositive();
    }
}
