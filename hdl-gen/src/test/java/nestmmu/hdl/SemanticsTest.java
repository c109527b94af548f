package nestmmu.hdl;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.lit;
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
import nestmmu.hdl.util.Decoupled;
import nestmmu.hdl.util.Queue;

/** The behaviour the construction layer promises: last connect wins, when chains, dynamic indexing, bulk connect. */
class SemanticsTest {
    @Test
    @DisplayName("when / elseWhen / otherwise with last-connect semantics, nested, on a wire and a register")
    void whenChainsAndLastConnect() {
        Design design = Design.verilog(() -> new Module("conditions") {{
            Bool c1 = input("c1", bool());
            Bool c2 = input("c2", bool());
            UInt a = input("a", uint(4));
            UInt b = input("b", uint(4));
            UInt y = output("y", uint(4));
            y.set(0);                                       // default, overridden below
            when(c1, () -> y.set(a))
                    .elseWhen(c2, () -> {
                        y.set(b);
                        when(a.eq(b), () -> y.set(15));     // nested, and later than y := b
                    })
                    .otherwise(() -> y.set(a.xor(b)));
            UInt acc = regInit("acc", lit(0, 4));
            when(c1, () -> acc.set(acc.add(a)));
            when(c2, () -> acc.set(b));                     // the later connection wins when both hold
            output("acc", uint(4)).set(acc);
        }});
        Lint.all(design);
        SplittableRandom random = Seeds.random("SemanticsTest when");
        List<Map<String, Long>> cycles = new ArrayList<>();
        cycles.add(row("rst_i", 1));
        for (int i = 0; i < 200; i++) {
            int a = random.nextInt(16);
            cycles.add(row("rst_i", 0, "c1_i", random.nextInt(2), "c2_i", random.nextInt(2), "a_i", a,
                    "b_i", random.nextInt(4) == 0 ? a : random.nextInt(16)));
        }
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);
        long acc = 0;
        for (int i = 1; i < cycles.size(); i++) {
            Map<String, Long> in = cycles.get(i);
            boolean c1 = in.get("c1_i") == 1;
            boolean c2 = in.get("c2_i") == 1;
            long a = in.get("a_i");
            long b = in.get("b_i");
            long y = c1 ? a : c2 ? (a == b ? 15 : b) : a ^ b;
            assertThat(value(out.get(i), "y_o")).as("cycle " + i).isEqualTo(y);
            assertThat(value(out.get(i), "acc_o")).as("cycle " + i).isEqualTo(acc);
            if (c1) acc = (acc + a) & 15;
            if (c2) acc = b;
        }
    }

    @Test
    @DisplayName("a register file written and read through Vec.at, with regEnable and regNext beside it")
    void dynamicIndexing() {
        Design design = Design.verilog(() -> new Module("regfile") {{
            Bool we = input("we", bool());
            UInt waddr = input("waddr", uint(2));
            UInt wdata = input("wdata", uint(8));
            UInt raddr = input("raddr", uint(2));
            Vec<UInt> regs = regInit("regs", Hw.zeros(vec(3, uint(8))));   // 3 entries: address 3 reads entry 2
            when(we, () -> regs.at(waddr).set(wdata));
            output("rdata", uint(8)).set(regs.at(raddr));
            output("last_write", uint(8)).set(regEnable("last_write", wdata, lit(0, 8), we));
            output("delayed", uint(2)).set(regNext("delayed", raddr));
        }});
        Lint.all(design);
        SplittableRandom random = Seeds.random("SemanticsTest vec");
        List<Map<String, Long>> cycles = new ArrayList<>();
        cycles.add(row("rst_i", 1));
        for (int i = 0; i < 200; i++) {
            cycles.add(row("rst_i", 0, "we_i", random.nextInt(2), "waddr_i", random.nextInt(4), "wdata_i", random.nextInt(256),
                    "raddr_i", random.nextInt(4)));
        }
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);
        long[] regs = new long[3];
        long lastWrite = 0;
        for (int i = 1; i < cycles.size(); i++) {
            Map<String, Long> in = cycles.get(i);
            int raddr = in.get("raddr_i").intValue();
            assertThat(value(out.get(i), "rdata_o")).as("cycle " + i).isEqualTo(regs[Math.min(raddr, 2)]);
            assertThat(value(out.get(i), "last_write_o")).as("cycle " + i).isEqualTo(lastWrite);
            if (i > 1) assertThat(value(out.get(i), "delayed_o")).as("cycle " + i).isEqualTo(cycles.get(i - 1).get("raddr_i"));
            int waddr = in.get("waddr_i").intValue();
            if (in.get("we_i") == 1) {
                if (waddr < 3) regs[waddr] = in.get("wdata_i");
                lastWrite = in.get("wdata_i");
            }
        }
    }

    /** Two queues in a row, wired with bulk connections between ports of different directions. */
    static final class TwoStage extends Module {
        TwoStage() {
            super("two_stage");
            Decoupled<UInt> in = input("in", Decoupled.of(uint(8)));
            Decoupled<UInt> out = output("out", Decoupled.of(uint(8)));
            Queue<UInt> first = instance("first", () -> new Queue<>(2, uint(8)));
            Queue<UInt> second = instance("second", () -> new Queue<>(2, uint(8)));
            first.enq.connect(in);
            second.enq.connect(first.deq);
            out.connect(second.deq);
            first.count.unused();
            second.count.unused();
        }
    }

    @Test
    @DisplayName("bulk connect drives valid and bits forward and ready backward; identical queues share one module")
    void bulkConnect() {
        Design design = Design.verilog(TwoStage::new);
        Lint.all(design);
        assertThat(design.files().keySet()).containsExactly("two_stage.v", "queue_e2_w8.v");
        SplittableRandom random = Seeds.random("SemanticsTest connect");
        List<Map<String, Long>> cycles = new ArrayList<>();
        cycles.add(row("rst_i", 1));
        for (int i = 0; i < 200; i++) {
            cycles.add(row("rst_i", 0, "in_valid_i", random.nextInt(2), "in_bits_i", random.nextInt(256), "out_ready_i", random.nextInt(2)));
        }
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);
        List<Long> sent = new ArrayList<>();
        List<Long> received = new ArrayList<>();
        for (int i = 1; i < cycles.size(); i++) {
            if (cycles.get(i).get("in_valid_i") == 1 && value(out.get(i), "in_ready_o") == 1) sent.add(cycles.get(i).get("in_bits_i"));
            if (value(out.get(i), "out_valid_o") == 1 && cycles.get(i).get("out_ready_i") == 1) received.add(value(out.get(i), "out_bits_o"));
        }
        assertThat(received).isNotEmpty();
        assertThat(sent.subList(0, received.size())).isEqualTo(received);
        assertThat(sent.size() - received.size()).isBetween(0, 4);
    }
}
