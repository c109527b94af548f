package nestmmu.hdl;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.testing.Rows.row;
import static nestmmu.hdl.testing.Rows.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.hdl.emit.Design;
import nestmmu.hdl.tools.IcarusSim;
import nestmmu.hdl.tools.Lint;
import nestmmu.hdl.util.Counter;

/** Initial memory contents, power-on register values and instance resets from a signal: what FPGA tops need. */
class FpgaInitialStateTest {

    /** A 16-word RAM with contents: asynchronous read port, and a synchronous one disabled while writing. */
    static final class LoadedRam extends Module {
        LoadedRam(List<BigInteger> contents) {
            super("loaded_ram");
            UInt addr = input("addr", uint(4));
            Bool we = input("we", bool());
            UInt wdata = input("wdata", uint(12));
            Mem<UInt> ram = mem("ram", 16, uint(12)).initialize(contents);
            when(we, () -> ram.write(addr, wdata));
            output("async", uint(12)).set(ram.read(addr));
            output("sync", uint(12)).set(ram.readSync(addr, we.not()));
        }
    }

    @Test
    @DisplayName("a memory with contents reads them from the first cycle, and writes still change it")
    void memoryContents() {
        List<BigInteger> contents = new ArrayList<>();
        for (int k = 0; k < 10; k++) contents.add(BigInteger.valueOf(k == 3 ? 0 : 0x100 + k * 37));
        Design design = Design.verilog(() -> new LoadedRam(contents));
        Lint.all(design);
        assertThat(design.text("loaded_ram.v"))
                .contains("for (ram_word = 0; ram_word < 16; ram_word = ram_word + 1) ram[ram_word] = 12'd0;",
                        "ram[9] = 12'h24d;")
                .doesNotContain("ram[3] =");

        List<Map<String, Long>> cycles = new ArrayList<>();
        for (int a = 0; a < 16; a++) cycles.add(row("addr", a, "we", 0));
        cycles.add(row("addr", 5, "we", 1, "wdata", 0xabc));
        cycles.add(row("addr", 5, "we", 0));
        cycles.add(row("addr", 5, "we", 0));
        List<Map<String, BigInteger>> out = IcarusSim.run(design, renamed(cycles));
        for (int a = 0; a < 16; a++) {
            long want = a < contents.size() ? contents.get(a).longValue() : 0;
            assertThat(value(out.get(a), "async_o")).as("async word %d", a).isEqualTo(want);
            if (a > 0) assertThat(value(out.get(a), "sync_o")).as("sync word %d", a - 1).isEqualTo(a - 1 < contents.size() ? contents.get(a - 1).longValue() : 0);
        }
        assertThat(value(out.get(17), "async_o")).isEqualTo(0xabc);
        assertThat(value(out.get(18), "sync_o")).isEqualTo(0xabc);
    }

    /** Two fields, so the contents split across two arrays. */
    static final class Pair extends Bundle {
        final UInt hi;
        final UInt lo;

        Pair(Fields f) {
            super(f);
            hi = f.uint("hi", 3);
            lo = f.uint("lo", 5);
        }
    }

    @Test
    @DisplayName("contents of a bundle memory are packed like asUInt: the first field most significant")
    void bundleContents() {
        Design design = Design.verilog(() -> new Module("pair_rom") {{
            UInt addr = input("addr", uint(1));
            Mem<Pair> rom = mem("rom", 2, Pair::new).initialize(List.of(BigInteger.valueOf(0b101_00011), BigInteger.valueOf(0b011_11111)));
            Pair word = rom.read(addr);
            output("hi", uint(3)).set(word.hi);
            output("lo", uint(5)).set(word.lo);
        }});
        Lint.all(design);
        // no zero word: no clearing loop
        assertThat(design.text("pair_rom.v")).contains("rom_hi[0] = 3'd5;", "rom_lo[1] = 5'd31;").doesNotContain("for (");
        List<Map<String, BigInteger>> out = IcarusSim.run(design, List.of(row("addr_i", 0), row("addr_i", 1)));
        assertThat(value(out.get(0), "hi_o")).isEqualTo(5);
        assertThat(value(out.get(0), "lo_o")).isEqualTo(3);
        assertThat(value(out.get(1), "hi_o")).isEqualTo(3);
        assertThat(value(out.get(1), "lo_o")).isEqualTo(31);
    }

    /**
     * A board-style top: no reset input, a power-on counter holds the instance in reset for its
     * first cycles, then lets it count.
     */
    static final class PowerOnTop extends Module {
        PowerOnTop() {
            super("power_on_top");
            UInt por = regPowerOn("por", lit(0, 2));
            Bool inReset = node("in_reset", por.ne(3));
            when(inReset, () -> por.set(por.add(1)));
            Counter c = instance("counter", inReset, () -> new Counter(16));
            c.inc.set(Hw.TRUE);
            output("count", uint(4)).set(c.count);
            output("resetting", bool()).set(inReset);
            c.wrap.unused();
        }
    }

    @Test
    @DisplayName("a power-on value needs no reset, and an instance can take its reset from a signal of its parent")
    void powerOnReset() {
        Design design = Design.verilog(PowerOnTop::new);
        Lint.all(design);
        assertThat(design.ports()).extracting(Design.Port::name).containsExactly("clk_i", "count_o", "resetting_o");
        assertThat(design.text("power_on_top.v")).contains("reg  [1:0] por_q = 2'd0;", ".rst_i   (in_reset)");
        List<Map<String, Long>> cycles = new ArrayList<>();
        for (int i = 0; i < 8; i++) cycles.add(row());
        List<Map<String, BigInteger>> out = IcarusSim.run(design, cycles);
        // edges 0..2 count the power-on counter up to 3 with the counter held at 0; then it counts
        long[] resetting = {1, 1, 1, 0, 0, 0, 0, 0};
        for (int i = 0; i < 8; i++) {
            assertThat(value(out.get(i), "resetting_o")).as("cycle %d", i).isEqualTo(resetting[i]);
            if (i >= 1) assertThat(value(out.get(i), "count_o")).as("cycle %d", i).isEqualTo(Math.max(0, i - 3));
        }
    }

    @Test
    @DisplayName("power-on values must be constants, instance resets must be signals of the parent, a memory needs writes or contents")
    void errors() {
        var notConstant = assertThrows(ElaborationException.class, () -> Circuit.elaborate(() -> new Module("m") {{
            UInt a = input("a", uint(2));
            UInt r = regPowerOn("r", a);
            r.set(a);
            output("y", uint(2)).set(r);
        }}));
        assertThat(notConstant.getMessage()).contains("power-on value of register 'r_q' must be a constant");

        var notSignal = assertThrows(ElaborationException.class, () -> Circuit.elaborate(() -> new Module("m") {{
            Bool a = input("a", bool());
            Counter c = instance("c", a.not(), () -> new Counter(4));
            c.inc.set(a);
            output("y", uint(2)).set(c.count);
            c.wrap.unused();
        }}));
        assertThat(notSignal.getMessage()).contains("reset of instance 'c' must be a wire, register or input", "node()");

        var empty = assertThrows(ElaborationException.class, () -> Circuit.elaborate(() -> new Module("m") {{
            UInt a = input("a", uint(1));
            output("y", uint(4)).set(mem("ram", 2, uint(4)).read(a));
        }}));
        assertThat(empty.getMessage()).contains("memory 'ram' is never written and has no initial contents");
    }

    private static List<Map<String, Long>> renamed(List<Map<String, Long>> rows) {
        List<Map<String, Long>> out = new ArrayList<>();
        for (Map<String, Long> r : rows) {
            Map<String, Long> m = new java.util.LinkedHashMap<>();
            r.forEach((k, v) -> m.put(k + "_i", v));
            out.add(m);
        }
        return out;
    }
}
