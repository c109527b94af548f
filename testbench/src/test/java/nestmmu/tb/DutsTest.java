package nestmmu.tb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.sim.verilator.VerilogDesign;

/** Designs made at run time, as generated RTL will be: one per parameter, or several in one test. */
@RtlTest(waves = Waves.ALWAYS)
class DutsTest {

    static VerilogDesign counter(int width) {
        return VerilogDesign.of("count" + width, Map.of("count" + width + ".v", """
                module count%d (input wire clk, input wire rst, output reg [%d:0] q);
                  always @(posedge clk) q <= rst ? %d'd0 : q + %d'd1;
                endmodule
                """.formatted(width, width - 1, width, width)));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 5})
    void aGeneratedCounterWrapsAtItsWidth(int width, Duts duts) {
        Dut dut = duts.open(counter(width));
        Clock clock = dut.clock().start();
        dut.reset();
        dut.await(clock.cycles((1 << width) - 1));
        assertThat(dut.get("q")).isEqualTo((1 << width) - 1);
        dut.await(clock.risingEdge());
        assertThat(dut.get("q")).isZero();
    }

    @Test
    void twoDesignsInOneTestEachGetAWaveform(Duts duts) {
        Dut small = duts.open(counter(2));
        Dut large = duts.open(counter(9));
        assertThat(small.waveform()).contains(Path.of("target/waves/DutsTest/twoDesignsInOneTestEachGetAWaveform.fst").toAbsolutePath());
        assertThat(large.waveform()).contains(Path.of("target/waves/DutsTest/twoDesignsInOneTestEachGetAWaveform-2.fst").toAbsolutePath());
        small.clock().start();
        large.clock().start();
        small.reset(1);
        large.reset(1);
        small.await(small.clock().cycles(5));
        large.await(large.clock().cycles(5));
        assertThat(small.get("q")).isEqualTo(1);
        assertThat(large.get("q")).isEqualTo(5);
    }
}
