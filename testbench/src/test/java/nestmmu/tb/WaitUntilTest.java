package nestmmu.tb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

@RtlTest(design = Designs.Counter.class)
class WaitUntilTest {

    @Test
    void aTimeoutNamesTheConditionTheCyclesTheSeedAndTheWaveform(Dut dut) {
        dut.clock().start();
        dut.reset();
        long seed = dut.seed().value();
        dut.set("en_i", 0);
        assertThatThrownBy(() -> dut.waitUntil(dut.signal("count_o").is(5), 20))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("waitUntil(count_o == 5) timed out: still false after 20 cycles (cycle 2 to 22)")
                .hasMessageContaining("seed " + seed + " (re-run with -Dnestmmu.seed=" + seed + ")")
                .hasMessageContaining("waveform target/waves/WaitUntilTest/aTimeoutNamesTheConditionTheCyclesTheSeedAndTheWaveform.fst");
        assertThat(dut.cycle()).isEqualTo(22);
    }

    @Test
    void aLambdaConditionIsNamedByItsDescription(Dut dut) {
        dut.clock().start();
        assertThatThrownBy(() -> dut.waitUntil("the counter wraps", () -> dut.get("wrap_o") == 1, 3))
                .hasMessageStartingWith("waitUntil(the counter wraps) timed out: still false after 3 cycles");
    }
}
