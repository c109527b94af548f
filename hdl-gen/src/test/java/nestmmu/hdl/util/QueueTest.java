package nestmmu.hdl.util;

import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.testing.Rows.row;
import static nestmmu.hdl.testing.Rows.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayDeque;
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

class QueueTest {
    @ParameterizedTest(name = "a {0}-entry queue behaves like a FIFO under random traffic")
    @ValueSource(ints = {4, 3})
    void behavesLikeAFifo(int entries) {
        Design design = Design.verilog(() -> new Queue<>(entries, uint(8)));
        Lint.all(design);
        SplittableRandom random = Seeds.random("QueueTest entries=" + entries);
        List<Map<String, Long>> cycles = new ArrayList<>();
        cycles.add(row("rst_i", 1));
        for (int i = 0; i < 200; i++) {
            // phases of mostly-enqueue and mostly-dequeue reach both full and empty
            boolean filling = (i / 25) % 2 == 0;
            cycles.add(row("rst_i", 0,
                    "enq_valid_i", random.nextInt(4) < (filling ? 3 : 1),
                    "enq_bits_i", random.nextInt(256),
                    "deq_ready_i", random.nextInt(4) < (filling ? 1 : 3)));
        }
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);

        ArrayDeque<Long> model = new ArrayDeque<>();
        int fullCycles = 0;
        for (int i = 1; i < cycles.size(); i++) {
            Map<String, Long> in = cycles.get(i);
            Map<String, BigInteger> o = out.get(i);
            String at = "cycle " + i;
            assertThat(value(o, "count_o")).as(at).isEqualTo(model.size());
            assertThat(value(o, "enq_ready_o")).as(at).isEqualTo(model.size() < entries ? 1 : 0);
            assertThat(value(o, "deq_valid_o")).as(at).isEqualTo(model.isEmpty() ? 0 : 1);
            if (!model.isEmpty()) assertThat(value(o, "deq_bits_o")).as(at).isEqualTo(model.peekFirst());
            if (model.size() == entries) fullCycles++;
            boolean deq = !model.isEmpty() && in.get("deq_ready_i") == 1;
            boolean enq = model.size() < entries && in.get("enq_valid_i") == 1;
            if (deq) model.pollFirst();
            if (enq) model.addLast(in.get("enq_bits_i"));
        }
        assertThat(fullCycles).as("the run must fill the queue").isPositive();
    }
}
