package nestmmu.sim.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimingModelTest {

    @Test
    void hitsTakeOneCycleAndWalksPayLatencyPlusOnePerReference() {
        TimingModel t = new TimingModel(30);
        assertThat(t.l1Hit()).isEqualTo(1);
        assertThat(t.l2Hit()).isEqualTo(2);
        assertThat(t.walk(false, 24)).isEqualTo(1 + 24 * 31);
        assertThat(t.walk(true, 4)).isEqualTo(2 + 4 * 31);
        assertThat(t.walk(false, 0)).isEqualTo(1);
    }

    @Test
    void latencyMustBePositive() {
        assertThatThrownBy(() -> new TimingModel(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
