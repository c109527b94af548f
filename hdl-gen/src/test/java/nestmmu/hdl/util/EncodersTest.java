package nestmmu.hdl.util;

import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.testing.Rows.row;
import static nestmmu.hdl.testing.Rows.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.emit.Design;
import nestmmu.hdl.tools.IcarusSim;
import nestmmu.hdl.tools.Lint;

class EncodersTest {
    @ParameterizedTest(name = "a {0}-input priority encoder gives the lowest set bit, exhaustively")
    @ValueSource(ints = {8, 5})
    void priorityEncoderExhaustive(int n) {
        Design design = Design.verilog(() -> new PriorityEncoder(n));
        Lint.all(design);
        List<Map<String, Long>> cycles = new ArrayList<>();
        for (int v = 0; v < 1 << n; v++) cycles.add(row("in_i", v));
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);
        for (int v = 0; v < 1 << n; v++) {
            assertThat(value(out.get(v), "valid_o")).as("in " + v).isEqualTo(v != 0 ? 1 : 0);
            assertThat(value(out.get(v), "index_o")).as("in " + v).isEqualTo(v == 0 ? 0 : Integer.numberOfTrailingZeros(v));
        }
    }

    @Test
    @DisplayName("one-hot decode then encode gives the index back; decode past n gives zero")
    void oneHotRoundTrip() {
        Design design = Design.verilog(() -> new Module("one_hot_round_trip") {{
            UInt index = input("index", uint(3));
            UInt oneHot = OneHot.decode(index, 5);
            output("one_hot", uint(5)).set(oneHot);
            output("back", uint(3)).set(OneHot.encode(oneHot));
        }});
        Lint.all(design);
        List<Map<String, Long>> cycles = new ArrayList<>();
        for (int v = 0; v < 8; v++) cycles.add(row("index_i", v));
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);
        for (int v = 0; v < 8; v++) {
            assertThat(value(out.get(v), "one_hot_o")).as("index " + v).isEqualTo(v < 5 ? 1L << v : 0);
            assertThat(value(out.get(v), "back_o")).as("index " + v).isEqualTo(v < 5 ? v : 0);
        }
    }
}
