package nestmmu.hdl;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.fromUInt;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vec;
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

import nestmmu.hdl.emit.Design;
import nestmmu.hdl.testing.Seeds;
import nestmmu.hdl.tools.IcarusSim;
import nestmmu.hdl.tools.Lint;

/** asUInt / fromUInt lay bits out as Chisel does; whole bundles can be multiplexed. */
class PackingTest {
    /** 4 + 2×3 + 1 = 11 bits: {@code hi} in [10:7], {@code parts[1]} in [6:4], {@code parts[0]} in [3:1], {@code flag} in [0]. */
    static final class Packed extends Bundle {
        final UInt hi;
        final Vec<UInt> parts;
        final Bool flag;

        Packed(Fields f) {
            super(f);
            hi = f.uint("hi", 4);
            parts = f.field("parts", vec(2, uint(3)));
            flag = f.bool("flag");
        }
    }

    @Test
    @DisplayName("fromUInt places the first field highest and element 0 of a Vec lowest; asUInt inverts it; mux picks whole bundles")
    void layoutRoundTripAndMux() {
        Design design = Design.verilog(() -> new Module("packing") {{
            UInt bits = input("bits", uint(11));
            Bool swap = input("swap", bool());
            Packed p = fromUInt(Packed::new, bits);
            output("hi", uint(4)).set(p.hi);
            output("part0", uint(3)).set(p.parts.get(0));
            output("part1", uint(3)).set(p.parts.get(1));
            output("flag", bool()).set(p.flag);
            output("again", uint(11)).set(p.asUInt());
            Packed other = fromUInt(Packed::new, bits.not());
            output("chosen", Packed::new).set(mux(swap, other, p));
        }});
        Lint.all(design);
        SplittableRandom random = Seeds.random("PackingTest");
        List<Map<String, Long>> cycles = new ArrayList<>();
        for (int i = 0; i < 100; i++) cycles.add(row("bits_i", random.nextInt(1 << 11), "swap_i", random.nextInt(2)));
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);
        for (int i = 0; i < cycles.size(); i++) {
            long b = cycles.get(i).get("bits_i");
            long chosen = cycles.get(i).get("swap_i") == 1 ? ~b & 0x7ff : b;
            String at = "bits " + Long.toBinaryString(b);
            assertThat(value(out.get(i), "hi_o")).as(at).isEqualTo(b >> 7);
            assertThat(value(out.get(i), "part1_o")).as(at).isEqualTo(b >> 4 & 7);
            assertThat(value(out.get(i), "part0_o")).as(at).isEqualTo(b >> 1 & 7);
            assertThat(value(out.get(i), "flag_o")).as(at).isEqualTo(b & 1);
            assertThat(value(out.get(i), "again_o")).as(at).isEqualTo(b);
            assertThat(value(out.get(i), "chosen_hi_o")).as(at).isEqualTo(chosen >> 7);
            assertThat(value(out.get(i), "chosen_parts_0_o")).as(at).isEqualTo(chosen >> 1 & 7);
            assertThat(value(out.get(i), "chosen_flag_o")).as(at).isEqualTo(chosen & 1);
        }
    }
}
