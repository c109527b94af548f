package nestmmu.sim.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TreePlruTest {

    @Test
    @DisplayName("4 ways: node bits point away from each touched way; the victim follows them")
    void fourWayBitsAndVictims() {
        TreePlru p = new TreePlru(1, 4);
        assertThat(p.victim(0)).isZero();          // all bits 0: lower, lower
        p.touch(0, 0);                             // root -> upper (1), node 2 -> way 1 (1)
        assertThat(p.bit(0, 1)).isTrue();
        assertThat(p.bit(0, 2)).isTrue();
        assertThat(p.victim(0)).isEqualTo(2);
        p.touch(0, 2);                             // root -> lower (0), node 3 -> way 3 (1)
        assertThat(p.bit(0, 1)).isFalse();
        assertThat(p.bit(0, 3)).isTrue();
        assertThat(p.victim(0)).isEqualTo(1);
        p.touch(0, 1);                             // root -> upper, node 2 -> way 0
        assertThat(p.victim(0)).isEqualTo(3);
        p.touch(0, 3);
        assertThat(p.victim(0)).isEqualTo(0);
    }

    @Test
    void touchingInVictimOrderCyclesThroughEveryWay() {
        for (int ways : new int[] {2, 4, 8, 32}) {
            TreePlru p = new TreePlru(1, ways);
            boolean[] seen = new boolean[ways];
            for (int i = 0; i < ways; i++) {
                int v = p.victim(0);
                assertThat(seen[v]).as("way %d twice in %d ways", v, ways).isFalse();
                seen[v] = true;
                p.touch(0, v);
            }
        }
    }

    @Test
    void theJustTouchedWayIsNeverTheVictimAndSetsAreIndependent() {
        TreePlru p = new TreePlru(2, 8);
        for (int w = 0; w < 8; w++) {
            p.touch(1, w);
            assertThat(p.victim(1)).isNotEqualTo(w);
        }
        assertThat(p.victim(0)).isZero();
        TreePlru one = new TreePlru(3, 1);
        one.touch(2, 0);
        assertThat(one.victim(2)).isZero();
    }
}
