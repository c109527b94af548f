package nestmmu.hdl.util;

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

class MiniTlbTest {
    @Test
    @DisplayName("a TLB composed of Cam.match, PriorityEncoder, Plru and bundle registers translates and replaces by PLRU")
    void translatesAndReplaces() {
        int entries = 4;
        Design design = Design.verilog(() -> new MiniTlb(entries, 8, 6));
        Lint.all(design);
        assertThat(design.files().keySet()).containsExactly("mini_tlb_e4.v", "plru_w4.v");
        SplittableRandom random = Seeds.random("MiniTlbTest");
        List<Map<String, Long>> cycles = new ArrayList<>();
        cycles.add(row("rst_i", 1));
        for (int i = 0; i < 300; i++) {
            boolean refill = random.nextInt(3) == 0;
            cycles.add(row("rst_i", 0, "lookup_i", refill ? 0 : 1, "vpn_i", random.nextInt(8),
                    "refill_valid_i", refill ? 1 : 0, "refill_entry_vpn_i", random.nextInt(8), "refill_entry_ppn_i", random.nextInt(64),
                    "flush_i", random.nextInt(60) == 0 ? 1 : 0));
        }
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);

        long[] vpns = new long[entries];
        long[] ppns = new long[entries];
        boolean[] valid = new boolean[entries];
        PlruTest.TreePlru plru = new PlruTest.TreePlru(entries);
        int hits = 0;
        for (int i = 1; i < cycles.size(); i++) {
            Map<String, Long> in = cycles.get(i);
            int way = -1;
            for (int e = entries - 1; e >= 0; e--) if (valid[e] && vpns[e] == in.get("vpn_i")) way = e;
            String at = "cycle " + i;
            assertThat(value(out.get(i), "hit_o")).as(at).isEqualTo(way >= 0 ? 1 : 0);
            if (way >= 0) {
                assertThat(value(out.get(i), "ppn_o")).as(at).isEqualTo(ppns[way]);
                hits++;
            }
            if (in.get("refill_valid_i") == 1) {
                int victim = plru.victim();
                vpns[victim] = in.get("refill_entry_vpn_i");
                ppns[victim] = in.get("refill_entry_ppn_i");
                valid[victim] = true;
                plru.touch(victim);
            } else if (in.get("lookup_i") == 1 && way >= 0) {
                plru.touch(way);
            }
            if (in.get("flush_i") == 1) java.util.Arrays.fill(valid, false);
        }
        assertThat(hits).as("the run must hit").isGreaterThan(30);
    }
}
