package nestmmu.hdl;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.uint;
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

class MemTest {
    /** A word of two fields, so the memory becomes two arrays. */
    static final class Word extends Bundle {
        final UInt tag;
        final Bool dirty;

        Word(Fields f) {
            super(f);
            tag = f.uint("tag", 6);
            dirty = f.bool("dirty");
        }
    }

    /** One write port, one asynchronous and one synchronous read port over 6 words. */
    static final class TwoPortRam extends Module {
        TwoPortRam() {
            super("two_port_ram");
            Bool we = input("we", bool());
            UInt waddr = input("waddr", uint(3));
            Word wdata = input("wdata", Word::new);
            UInt raddr = input("raddr", uint(3));
            Bool ren = input("ren", bool());
            UInt saddr = input("saddr", uint(3));
            Mem<Word> ram = mem("ram", 6, Word::new);
            when(we, () -> ram.write(waddr, wdata));
            output("async", Word::new).set(ram.read(raddr));
            output("sync", Word::new).set(ram.readSync(saddr, ren));
        }
    }

    @Test
    @DisplayName("asynchronous reads see the array now; synchronous reads answer the next cycle, old data first")
    void asyncAndSyncRead() {
        Design design = Design.verilog(TwoPortRam::new);
        Lint.all(design);
        assertThat(design.text("two_port_ram.v")).contains("reg  [5:0] ram_tag [0:5];", "reg        ram_dirty [0:5];");
        SplittableRandom random = Seeds.random("MemTest");
        List<Map<String, Long>> cycles = new ArrayList<>();
        for (int a = 0; a < 6; a++) cycles.add(row("we", 1, "waddr", a, "wdata_tag", a + 10, "wdata_dirty", a % 2));
        for (int i = 0; i < 200; i++) {
            cycles.add(row("we", random.nextInt(2), "waddr", random.nextInt(6), "wdata_tag", random.nextInt(64),
                    "wdata_dirty", random.nextInt(2), "raddr", random.nextInt(6), "ren", random.nextInt(2),
                    "saddr", random.nextInt(6)));
        }
        cycles.replaceAll(r -> rename(r));
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);

        long[] tags = new long[6];
        long[] dirty = new long[6];
        long syncTag = -1;
        long syncDirty = -1;
        for (int i = 0; i < cycles.size(); i++) {
            Map<String, Long> in = cycles.get(i);
            String at = "cycle " + i;
            if (i >= 6) {
                int ra = in.get("raddr_i").intValue();
                assertThat(value(out.get(i), "async_tag_o")).as(at).isEqualTo(tags[ra]);
                assertThat(value(out.get(i), "async_dirty_o")).as(at).isEqualTo(dirty[ra]);
                if (syncTag >= 0) {
                    assertThat(value(out.get(i), "sync_tag_o")).as(at).isEqualTo(syncTag);
                    assertThat(value(out.get(i), "sync_dirty_o")).as(at).isEqualTo(syncDirty);
                }
                if (in.get("ren_i") == 1) {
                    int sa = in.get("saddr_i").intValue();
                    syncTag = tags[sa];
                    syncDirty = dirty[sa];
                }
            }
            if (in.get("we_i") == 1) {
                int wa = in.get("waddr_i").intValue();
                tags[wa] = in.get("wdata_tag_i");
                dirty[wa] = in.get("wdata_dirty_i");
            }
        }
    }

    private static Map<String, Long> rename(Map<String, Long> r) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        r.forEach((k, v) -> out.put(k + "_i", v));
        return out;
    }
}
