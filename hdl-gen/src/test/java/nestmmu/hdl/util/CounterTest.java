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

class CounterTest {
    @ParameterizedTest(name = "a counter to {0} steps on inc, wraps to 0 and holds otherwise")
    @ValueSource(ints = {10, 8})
    void countsWrapsAndHolds(int n) {
        Design design = Design.verilog(() -> new Counter(n));
        Lint.all(design);
        SplittableRandom random = Seeds.random("CounterTest n=" + n);
        List<Map<String, Long>> cycles = new ArrayList<>();
        cycles.add(row("rst_i", 1, "inc_i", 0));
        for (int i = 0; i < 60; i++) cycles.add(row("rst_i", 0, "inc_i", random.nextInt(4) != 0 ? 1 : 0));
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);

        int model = 0;
        int wraps = 0;
        for (int i = 1; i < cycles.size(); i++) {
            boolean inc = cycles.get(i).get("inc_i") == 1;
            assertThat(value(out.get(i), "count_o")).as("cycle " + i).isEqualTo(model);
            assertThat(value(out.get(i), "wrap_o")).as("cycle " + i).isEqualTo(inc && model == n - 1 ? 1 : 0);
            if (inc && model == n - 1) wraps++;
            if (inc) model = (model + 1) % n;
        }
        assertThat(wraps).as("the run must cover a wrap").isPositive();
    }
}
