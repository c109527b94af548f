package nestmmu.tb.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.hdl.util.Plru;
import nestmmu.sim.cache.TreePlru;
import nestmmu.tb.CycleListener;
import nestmmu.tb.Dut;
import nestmmu.tb.Duts;
import nestmmu.tb.Generated;
import nestmmu.tb.Monitor;
import nestmmu.tb.RtlTest;
import nestmmu.tb.Scoreboard;

/**
 * The generated {@link Plru} in Verilator against the golden model's own {@link TreePlru}, the
 * replacement of the model's TLBs: the two must name the same victim after every touch.
 */
@RtlTest
class PlruRtlTest {
    static final class VictimMonitor extends Monitor<Long> {
        @Override
        protected Optional<Long> sample(Dut dut) {
            return Optional.of(dut.get("victim_o"));
        }
    }

    /** One set of the golden model's PLRU, touched whenever the RTL is. */
    static final class GoldenPlru implements CycleListener {
        private final TreePlru plru;
        private final Scoreboard<Long> victims;

        GoldenPlru(int ways, Scoreboard<Long> victims) {
            this.plru = new TreePlru(1, ways);
            this.victims = victims;
        }

        @Override
        public void atEdge(Dut dut) {
            victims.expect((long) plru.victim(0));
            if (dut.get("touch_i") == 1) plru.touch(0, (int) dut.get("touch_way_i"));
        }
    }

    @ParameterizedTest(name = "{0}-way PLRU hardware evicts the way the golden model evicts")
    @ValueSource(ints = {4, 16})
    void victimsMatchTheGoldenModel(int ways, Duts duts, SplittableRandom random) {
        Dut dut = duts.open(Generated.verilog(() -> new Plru(ways)));
        dut.clock().start();
        dut.set("touch_i", 0).reset();

        Scoreboard<Long> victims = dut.scoreboard("victims");
        dut.attach(EachCycle.drive(d -> {
            // mostly touch the current victim, as a TLB fill does, else a random way, as a hit does
            long way = random.nextInt(3) == 0 ? random.nextInt(ways) : d.get("victim_o");
            d.set("touch_i", random.nextInt(4) != 0 ? 1 : 0).set("touch_way_i", way);
        }));
        dut.attach(new GoldenPlru(ways, victims));
        Set<Long> evicted = new TreeSet<>();
        dut.attach(new VictimMonitor()).subscribe(victims::observe).subscribe(evicted::add);
        dut.await(dut.clock().cycles(300));

        victims.assertPassed();
        assertThat(victims.matched()).isEqualTo(300);
        assertThat(evicted).as("every way was the victim at some time").hasSize(ways);
    }
}
