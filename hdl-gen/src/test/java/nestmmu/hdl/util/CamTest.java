package nestmmu.hdl.util;

import static nestmmu.hdl.testing.Rows.row;
import static nestmmu.hdl.testing.Rows.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.hdl.emit.Design;
import nestmmu.hdl.testing.Seeds;
import nestmmu.hdl.tools.IcarusSim;
import nestmmu.hdl.tools.Lint;

class CamTest {
    @ParameterizedTest(name = "a {0}-entry CAM finds written keys, lowest entry first, and forgets them on flush")
    @ValueSource(ints = {4, 6})
    void matchesWrittenKeys(int entries) {
        int keyWidth = 5;
        Design design = Design.verilog(() -> new Cam(entries, keyWidth));
        Lint.all(design);
        SplittableRandom random = Seeds.random("CamTest entries=" + entries);
        List<Map<String, Long>> cycles = new ArrayList<>();
        cycles.add(row("rst_i", 1));
        for (int i = 0; i < 200; i++) {
            cycles.add(row("rst_i", 0,
                    "key_i", random.nextInt(8),                      // few keys: hits and duplicates are common
                    "write_valid_i", random.nextInt(3) == 0 ? 1 : 0,
                    "write_index_i", random.nextInt(entries == 6 ? 8 : entries),   // 6 entries: indices 6, 7 write nothing
                    "write_key_i", random.nextInt(8),
                    "flush_i", random.nextInt(40) == 0 ? 1 : 0));
        }
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);

        long[] keys = new long[entries];
        boolean[] valid = new boolean[entries];
        int hits = 0;
        for (int i = 1; i < cycles.size(); i++) {
            Map<String, Long> in = cycles.get(i);
            long vec = 0;
            for (int e = 0; e < entries; e++) if (valid[e] && keys[e] == in.get("key_i")) vec |= 1L << e;
            String at = "cycle " + i;
            assertThat(value(out.get(i), "hit_vec_o")).as(at).isEqualTo(vec);
            assertThat(value(out.get(i), "hit_o")).as(at).isEqualTo(vec != 0 ? 1 : 0);
            assertThat(value(out.get(i), "hit_index_o")).as(at).isEqualTo(vec == 0 ? 0 : Long.numberOfTrailingZeros(vec));
            if (vec != 0) hits++;
            int index = in.get("write_index_i").intValue();
            if (in.get("write_valid_i") == 1 && index < entries) {
                keys[index] = in.get("write_key_i");
                valid[index] = true;
            }
            if (in.get("flush_i") == 1) java.util.Arrays.fill(valid, false);
        }
        assertThat(hits).as("the run must hit").isGreaterThan(20);
    }
}
