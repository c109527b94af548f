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

import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.emit.Design;
import nestmmu.hdl.tools.IcarusSim;
import nestmmu.hdl.tools.Lint;

class Mux1HTest {
    static final long[] VALUES = {0x11, 0x22, 0x44, 0x88};

    @Test
    @DisplayName("a one-hot select gives its value, none gives 0, several give the OR, exhaustively")
    void selectsByOneHot() {
        Design design = Design.verilog(() -> new Module("mux1h_4") {{
            UInt select = input("select", uint(4));
            List<UInt> values = new ArrayList<>();
            for (long v : VALUES) values.add(nestmmu.hdl.Hw.lit(v, 8));
            output("out", uint(8)).set(Mux1H.of(select, values));
        }});
        Lint.all(design);
        List<Map<String, Long>> cycles = new ArrayList<>();
        for (int s = 0; s < 16; s++) cycles.add(row("select_i", s));
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);
        for (int s = 0; s < 16; s++) {
            long expected = 0;
            for (int i = 0; i < 4; i++) if ((s >> i & 1) != 0) expected |= VALUES[i];
            assertThat(value(out.get(s), "out_o")).as("select " + s).isEqualTo(expected);
        }
    }
}
