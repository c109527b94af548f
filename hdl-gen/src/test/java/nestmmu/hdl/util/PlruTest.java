package nestmmu.hdl.util;

import static nestmmu.hdl.testing.Rows.row;
import static nestmmu.hdl.testing.Rows.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.hdl.emit.Design;
import nestmmu.hdl.testing.Seeds;
import nestmmu.hdl.tools.IcarusSim;
import nestmmu.hdl.tools.Lint;

class PlruTest {
    /** The documented tree convention, written as literally as possible: heap-ordered nodes, 1 = LRU on the right. */
    static final class TreePlru {
        private final boolean[] pointsRight;
        private final int levels;

        TreePlru(int ways) {
            pointsRight = new boolean[ways - 1];
            levels = Integer.numberOfTrailingZeros(ways);
        }

        void touch(int way) {
            int node = 0;
            for (int depth = 0; depth < levels; depth++) {
                boolean right = (way >> (levels - 1 - depth) & 1) == 1;
                pointsRight[node] = !right;
                node = 2 * node + (right ? 2 : 1);
            }
        }

        int victim() {
            int node = 0;
            int way = 0;
            for (int depth = 0; depth < levels; depth++) {
                boolean right = pointsRight[node];
                way = way * 2 + (right ? 1 : 0);
                node = 2 * node + (right ? 2 : 1);
            }
            return way;
        }
    }

    @ParameterizedTest(name = "{0}-way PLRU hardware follows the documented tree bit for bit")
    @ValueSource(ints = {2, 4, 8, 16})
    void matchesTheDocumentedTree(int ways) {
        Design design = Design.verilog(() -> new Plru(ways));
        Lint.all(design);
        SplittableRandom random = Seeds.random("PlruTest ways=" + ways);
        List<Map<String, Long>> cycles = new ArrayList<>();
        cycles.add(row("rst_i", 1));
        for (int i = 0; i < 150; i++) {
            cycles.add(row("rst_i", 0, "touch_i", random.nextInt(3) != 0 ? 1 : 0, "touch_way_i", random.nextInt(ways)));
        }
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);
        TreePlru model = new TreePlru(ways);
        for (int i = 1; i < cycles.size(); i++) {
            assertThat(value(out.get(i), "victim_o")).as("cycle " + i).isEqualTo(model.victim());
            if (cycles.get(i).get("touch_i") == 1) model.touch(cycles.get(i).get("touch_way_i").intValue());
        }
    }

    @Test
    @DisplayName("the class comment's example: 4 ways, touch 0 from reset, victim becomes 2")
    void documentedExample() {
        Design design = Design.verilog(() -> new Plru(4));
        List<Map<String, BigInteger>> out = IcarusSim.run(design, List.of(
                row("rst_i", 1), row("rst_i", 0, "touch_i", 1, "touch_way_i", 0), row("touch_i", 0)));
        assertThat(value(out.get(1), "victim_o")).isZero();
        assertThat(value(out.get(2), "victim_o")).isEqualTo(2);
    }

    @Test
    @DisplayName("the way touched last is never the victim, and a round in order 0..N-1 leaves way 0 as victim")
    void pseudoLruProperties() {
        SplittableRandom random = Seeds.random("PlruTest properties");
        for (int ways = 2; ways <= 32; ways *= 2) {
            TreePlru model = new TreePlru(ways);
            for (int i = 0; i < 1000; i++) {
                int w = random.nextInt(ways);
                model.touch(w);
                assertThat(model.victim()).as(ways + " ways, after touching " + w).isNotEqualTo(w);
            }
            for (int w = 0; w < ways; w++) model.touch(w);
            assertThat(model.victim()).as(ways + " ways, after an ordered round").isZero();
        }
    }
}
