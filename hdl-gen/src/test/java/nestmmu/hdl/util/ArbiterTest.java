package nestmmu.hdl.util;

import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.testing.Rows.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nestmmu.hdl.emit.Design;
import nestmmu.hdl.testing.Seeds;
import nestmmu.hdl.tools.IcarusSim;
import nestmmu.hdl.tools.Lint;

class ArbiterTest {
    @ParameterizedTest(name = "{0} arbiter over {1} inputs grants as documented")
    @CsvSource({"FIXED_PRIORITY, 4", "ROUND_ROBIN, 3", "ROUND_ROBIN, 4"})
    void grantsAsDocumented(Arbiter.Policy policy, int n) {
        Design design = Design.verilog(() -> new Arbiter<>(n, uint(8), policy));
        Lint.all(design);
        SplittableRandom random = Seeds.random("ArbiterTest " + policy + " n=" + n);
        List<Map<String, Long>> cycles = new ArrayList<>();
        boolean resettable = policy == Arbiter.Policy.ROUND_ROBIN;   // a fixed-priority arbiter has no state
        cycles.add(resettable ? Map.of("rst_i", 1L) : Map.of());
        for (int c = 0; c < 200; c++) {
            Map<String, Long> row = new LinkedHashMap<>();
            if (resettable) row.put("rst_i", 0L);
            for (int i = 0; i < n; i++) {
                row.put("in_" + i + "_valid_i", random.nextInt(2) == 0 ? 1L : 0L);
                row.put("in_" + i + "_bits_i", (long) random.nextInt(256));
            }
            row.put("out_ready_i", random.nextInt(4) != 0 ? 1L : 0L);
            cycles.add(row);
        }
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);

        int last = n - 1;
        for (int c = 1; c < cycles.size(); c++) {
            Map<String, Long> in = cycles.get(c);
            int grant = -1;
            for (int k = 1; k <= n && grant < 0; k++) {
                int i = policy == Arbiter.Policy.ROUND_ROBIN ? (last + k) % n : k - 1;
                if (in.get("in_" + i + "_valid_i") == 1) grant = i;
            }
            boolean ready = in.get("out_ready_i") == 1;
            String at = "cycle " + c;
            assertThat(value(out.get(c), "out_valid_o")).as(at).isEqualTo(grant >= 0 ? 1 : 0);
            assertThat(value(out.get(c), "chosen_o")).as(at).isEqualTo(Math.max(grant, 0));
            if (grant >= 0) assertThat(value(out.get(c), "out_bits_o")).as(at).isEqualTo(in.get("in_" + grant + "_bits_i"));
            for (int i = 0; i < n; i++) {
                assertThat(value(out.get(c), "in_" + i + "_ready_o")).as(at + " ready " + i).isEqualTo(ready && grant == i ? 1 : 0);
            }
            if (grant >= 0 && ready) last = grant;
        }
    }
}
