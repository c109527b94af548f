package nestmmu.tb.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import nestmmu.hdl.util.Cam;
import nestmmu.sim.verilator.VerilogDesign;
import nestmmu.tb.CycleListener;
import nestmmu.tb.DesignSource;
import nestmmu.tb.Dut;
import nestmmu.tb.Generated;
import nestmmu.tb.Monitor;
import nestmmu.tb.RtlTest;
import nestmmu.tb.Scoreboard;

/**
 * The generated {@link Cam} (6 entries, so write indices 6 and 7 name no entry) in Verilator:
 * random searches, writes and flushes, every search answer compared with a CAM written in Java.
 */
@RtlTest(design = CamRtlTest.Cam6.class)
class CamRtlTest {
    static final int ENTRIES = 6;
    static final int KEY_BITS = 12;

    static final class Cam6 implements DesignSource {
        @Override
        public VerilogDesign design() {
            return Generated.verilog(() -> new Cam(ENTRIES, KEY_BITS));
        }
    }

    /** The answer to the search on {@code key_i} in one cycle. */
    record Search(long key, long hitVec, boolean hit, long hitIndex) {
        static Search of(long key, long hitVec) {
            return new Search(key, hitVec, hitVec != 0, hitVec == 0 ? 0 : Long.numberOfTrailingZeros(hitVec));
        }
    }

    static final class SearchMonitor extends Monitor<Search> {
        @Override
        protected Optional<Search> sample(Dut dut) {
            return Optional.of(new Search(dut.get("key_i"), dut.get("hit_vec_o"), dut.get("hit_o") == 1, dut.get("hit_index_o")));
        }
    }

    /** Entries with valid bits; a search sees them as they were before this edge's write or flush. */
    static final class CamModel implements CycleListener {
        private final long[] keys = new long[ENTRIES];
        private final boolean[] valid = new boolean[ENTRIES];
        private final Scoreboard<Search> searches;
        private int hits;

        CamModel(Scoreboard<Search> searches) {
            this.searches = searches;
        }

        @Override
        public void atEdge(Dut dut) {
            long key = dut.get("key_i");
            long vec = 0;
            for (int e = 0; e < ENTRIES; e++) if (valid[e] && keys[e] == key) vec |= 1L << e;
            if (vec != 0) hits++;
            searches.expect(Search.of(key, vec));
            int index = (int) dut.get("write_index_i");
            if (dut.get("write_valid_i") == 1 && index < ENTRIES) {
                keys[index] = dut.get("write_key_i");
                valid[index] = true;
            }
            if (dut.get("flush_i") == 1) Arrays.fill(valid, false);
        }
    }

    private static void idle(Dut dut) {
        dut.set("write_valid_i", 0).set("flush_i", 0).set("key_i", 0);
    }

    @Test
    @DisplayName("a written key is found in its entry the cycle after the write, and lost after a flush")
    void writeSearchFlush(Dut dut) {
        dut.clock().start();
        idle(dut);
        dut.reset();
        dut.set("write_valid_i", 1).set("write_index_i", 3).set("write_key_i", 0xabc).set("key_i", 0xabc);
        assertThat(dut.get("hit_o")).as("not yet written").isZero();
        dut.await(dut.clock().risingEdge());
        dut.set("write_valid_i", 0);
        assertThat(dut.get("hit_o")).isEqualTo(1);
        assertThat(dut.get("hit_vec_o")).isEqualTo(1 << 3);
        assertThat(dut.get("hit_index_o")).isEqualTo(3);
        dut.set("flush_i", 1).await(dut.clock().risingEdge());
        dut.set("flush_i", 0);
        assertThat(dut.get("hit_o")).isZero();
    }

    @RepeatedTest(2)
    @DisplayName("random searches, writes and flushes answer like the model")
    void randomTrafficMatchesTheModel(Dut dut, SplittableRandom random) {
        dut.clock().start();
        idle(dut);
        dut.reset();
        long[] keys = random.longs(8, 0, 1L << KEY_BITS).toArray();   // few keys: hits and duplicate entries are common
        Scoreboard<Search> searches = dut.scoreboard("searches");
        dut.attach(EachCycle.drive(d -> d
                .set("key_i", keys[random.nextInt(keys.length)])
                .set("write_valid_i", random.nextInt(3) == 0 ? 1 : 0)
                .set("write_index_i", random.nextInt(8))
                .set("write_key_i", keys[random.nextInt(keys.length)])
                .set("flush_i", random.nextInt(40) == 0 ? 1 : 0)));
        CamModel model = dut.attach(new CamModel(searches));
        dut.attach(new SearchMonitor()).subscribe(searches::observe);
        dut.await(dut.clock().cycles(400));

        searches.assertPassed();
        assertThat(searches.matched()).isEqualTo(400);
        assertThat(model.hits).as("searches that hit").isGreaterThan(50);
    }
}
