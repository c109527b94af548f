package nestmmu.hdl;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.uint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Supplier;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.hdl.testing.Here;
import nestmmu.hdl.util.Counter;
import nestmmu.hdl.util.Decoupled;

/** Every elaboration error names the signals involved and the generator line to fix. */
class ElaborationErrorsTest {
    private static final String FILE = "ElaborationErrorsTest.java:";

    private static ElaborationException fails(Supplier<Module> top) {
        return assertThrows(ElaborationException.class, () -> Circuit.elaborate(top));
    }

    /** A module that passes its input straight through, for loops through an instance. */
    static final class Through extends Module {
        final UInt in;
        final UInt out;

        Through() {
            super("through");
            in = input("in", uint(4));
            out = output("out", uint(4));
            out.set(in);
        }
    }

    @Test
    @DisplayName("connecting a wider value to a narrower signal names both and the line")
    void widthMismatchOnConnect() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            UInt a = input("a", uint(8));
            UInt y = output("y", uint(4));
            at[0] = Here.line(); y.set(a);
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "width mismatch", "8-bit input 'a_i'", "4-bit output 'y_o'", "truncate(4)");
    }

    @Test
    @DisplayName("a literal that does not fit its width is a width mismatch")
    void literalTooWide() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            UInt y = output("y", uint(2));
            at[0] = Here.line(); y.set(lit(5, 2));
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "literal 5 does not fit in 2 bits");
    }

    @Test
    @DisplayName("comparing with a constant wider than the signal names the signal")
    void comparedConstantTooWide() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            UInt a = input("a", uint(2));
            Bool y = output("y", bool());
            at[0] = Here.line(); y.set(a.eq(5));
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "literal 5 does not fit in 2 bits of 2-bit input 'a_i'");
    }

    @Test
    @DisplayName("an address wider than the memory needs is a width mismatch")
    void memoryAddressTooWide() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            UInt addr = input("addr", uint(5));
            UInt y = output("y", uint(8));
            Mem<UInt> ram = mem("ram", 16, uint(8));
            at[0] = Here.line(); y.set(ram.read(addr));
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "5-bit input 'addr_i'", "memory 'ram' of 16 words", "4 address bits");
    }

    @Test
    @DisplayName("connecting values with different fields is a type mismatch")
    void bundleTypeMismatch() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            Decoupled<UInt> in = input("in", Decoupled.of(uint(8)));
            UInt y = output("y", uint(8));
            at[0] = Here.line(); y.set(in);
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "type mismatch", "output 'y_o'", "{valid, ready, bits}");
    }

    @Test
    @DisplayName("an output nobody drives is reported at its declaration")
    void unconnectedOutput() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            at[0] = Here.line(); output("y", uint(4));
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "output 'y_o' of module 'm' is never driven");
    }

    @Test
    @DisplayName("reading a wire nobody drives names the read and the declaration")
    void unconnectedWireRead() {
        int[] declared = {0};
        int[] read = {0};
        var e = fails(() -> new Module("m") {{
            UInt y = output("y", uint(4));
            declared[0] = Here.line(); UInt w = wire("w", uint(4));
            read[0] = Here.line(); y.set(w);
        }});
        assertThat(e.getMessage()).contains(FILE + read[0] + ": wire 'w' of module 'm' is read (declared at " + FILE + declared[0] + ") but never driven");
    }

    @Test
    @DisplayName("a wire driven only under a condition must get a default or an otherwise")
    void wireNotDrivenOnEveryPath() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            Bool c = input("c", bool());
            UInt y = output("y", uint(4));
            UInt w = wire("w", uint(4));
            at[0] = Here.line(); when(c, () -> w.set(3));
            y.set(w);
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "wire 'w' of module 'm' is not driven on every path", "otherwise");
    }

    @Test
    @DisplayName("a register without reset that is never assigned is an error")
    void registerNeverAssigned() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            UInt y = output("y", uint(4));
            at[0] = Here.line(); UInt r = reg("r", uint(4));
            y.set(r);
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "register 'r_q' of module 'm' is never assigned and has no reset value");
    }

    @Test
    @DisplayName("an input of an instance left unconnected is reported at the instance")
    void instanceInputUnconnected() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            UInt y = output("y", uint(4));
            at[0] = Here.line(); Counter c = instance("c", () -> new Counter(10));
            y.set(c.count);
            c.wrap.unused();
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "input 'c.inc_i' of instance 'c' is never driven");
    }

    @Test
    @DisplayName("driving an input from inside its own module is an error")
    void drivingOwnInput() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            UInt a = input("a", uint(4));
            at[0] = Here.line(); a.set(1);
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "cannot drive input 'a_i' from inside module 'm'");
    }

    @Test
    @DisplayName("driving an instance's output from the parent is a multiple-driver error")
    void drivingInstanceOutput() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            Counter c = instance("c", () -> new Counter(10));
            at[0] = Here.line(); c.count.set(0);
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "multiple drivers", "output 'c.count_o'", "instance 'c'");
    }

    @Test
    @DisplayName("an expression cannot be driven")
    void drivingAnExpression() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            UInt a = input("a", uint(4));
            at[0] = Here.line(); a.add(1).set(2);
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "cannot drive the add built at " + FILE + at[0]);
    }

    @Test
    @DisplayName("a signal inside an instance is not visible to the parent")
    void readingInsideAnInstance() {
        int[] at = {0};
        UInt[] inner = new UInt[1];
        var e = fails(() -> new Module("m") {{
            instance("t", () -> new Module("inner") {{
                inner[0] = wire("secret", uint(4));
                inner[0].set(input("in", uint(4)));
                output("out", uint(4)).set(inner[0]);
            }});
            UInt y = output("y", uint(4));
            at[0] = Here.line(); y.set(inner[0]);
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "wire 'secret'", "not visible in module 'm'");
    }

    @Test
    @DisplayName("an error inside a library function points at the line that called it")
    void errorInsideUtilFunction() {
        int[] at = {0};
        UInt[] inner = new UInt[1];
        var e = fails(() -> new Module("m") {{
            instance("t", () -> new Module("inner") {{
                inner[0] = node("secret", input("in", uint(4)));
                output("out", uint(4)).set(inner[0]);
            }});
            at[0] = Here.line(); output("y", uint(2)).set(nestmmu.hdl.util.PriorityEncoder.of(inner[0]));
        }});
        assertThat(e.getMessage()).startsWith(FILE + at[0] + ": wire 'secret'");
    }

    @Test
    @DisplayName("a combinational loop lists the signals around it with their lines")
    void combinationalLoop() {
        int[] a = {0};
        int[] b = {0};
        var e = fails(() -> new Module("m") {{
            UInt in = input("in", uint(4));
            UInt y = output("y", uint(4));
            UInt wa = wire("wa", uint(4));
            UInt wb = wire("wb", uint(4));
            a[0] = Here.line(); wa.set(wb.xor(in));
            b[0] = Here.line(); wb.set(wa);
            y.set(wb);
        }});
        assertThat(e.getMessage()).contains("combinational loop in module 'm': wa (" + FILE + a[0] + ") -> wb (" + FILE + b[0] + ") -> wa");
    }

    @Test
    @DisplayName("a loop through an instance's combinational path is found")
    void loopThroughInstance() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            Through t = instance("t", Through::new);
            at[0] = Here.line(); t.in.set(t.out.add(1));
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "combinational loop", "t.in_i (" + FILE + at[0] + ")", "t.out_o (through instance 't')");
    }

    @Test
    @DisplayName("an input never read is an error unless marked unused")
    void unusedInput() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            at[0] = Here.line(); input("a", uint(4));
            output("y", uint(4)).set(1);
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "input 'a_i' of module 'm' is never read", ".unused()");
    }

    @Test
    @DisplayName("bits never read are listed as ranges")
    void unusedBits() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            at[0] = Here.line(); UInt a = input("a", uint(16));
            output("y", uint(4)).set(a.bits(11, 8));
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "bits [15:12], [7:0] of input 'a_i' of module 'm' are never read");
    }

    @Test
    @DisplayName("an instance output nobody reads is reported at the instance")
    void unusedInstanceOutput() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            at[0] = Here.line(); Counter c = instance("c", () -> new Counter(10));
            c.inc.set(true);
            output("y", uint(4)).set(c.count);
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "output 'c.wrap_o' of instance 'c' is never read");
    }

    @Test
    @DisplayName("a memory must be both written and read")
    void memoryNeverWrittenOrRead() {
        int[] unread = {0};
        int[] unwritten = {0};
        var e = fails(() -> new Module("m") {{
            UInt a = input("a", uint(2));
            unread[0] = Here.line(); Mem<UInt> w = mem("wo", 4, uint(8));
            unwritten[0] = Here.line(); Mem<UInt> r = mem("ro", 4, uint(8));
            w.write(a, a.pad(8));
            output("y", uint(8)).set(r.read(a));
        }});
        assertThat(e.getMessage()).contains(FILE + unread[0] + ": memory 'wo' is never read",
                FILE + unwritten[0] + ": memory 'ro' is never written");
    }

    @Test
    @DisplayName("names must be identifiers and not Verilog keywords")
    void badNames() {
        int[] at = {0, 0};
        var keyword = fails(() -> new Module("m") {{
            at[0] = Here.line(); wire("always", uint(1));
        }});
        var invalid = fails(() -> new Module("m") {{
            at[1] = Here.line(); wire("9lives", uint(1));
        }});
        assertThat(keyword.getMessage()).contains(FILE + at[0], "'always'", "keyword");
        assertThat(invalid.getMessage()).contains(FILE + at[1], "invalid name '9lives'");
    }

    @Test
    @DisplayName("two ports with the same name are an error")
    void duplicatePort() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            input("a", uint(1));
            at[0] = Here.line(); input("a", uint(2));
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "duplicate port 'a_i'");
    }

    @Test
    @DisplayName("a module must be created through instance or Circuit.elaborate")
    void moduleOutsideInstance() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            at[0] = Here.line(); new Through();
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "module 'through' created outside instance");
    }

    @Test
    @DisplayName("a when chain takes one else arm")
    void secondElseArm() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            Bool c = input("c", bool());
            UInt y = output("y", uint(2));
            WhenChain w = when(c, () -> y.set(1));
            w.otherwise(() -> y.set(2));
            at[0] = Here.line(); w.otherwise(() -> y.set(3));
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "otherwise on a when that already has an else arm");
    }

    @Test
    @DisplayName("a bulk connection between two sources is an error")
    void bulkConnectTwoSources() {
        int[] at = {0};
        var e = fails(() -> new Module("m") {{
            Decoupled<UInt> a = input("a", Decoupled.of(uint(8)));
            Decoupled<UInt> b = input("b", Decoupled.of(uint(8)));
            at[0] = Here.line(); a.connect(b);
        }});
        assertThat(e.getMessage()).contains(FILE + at[0], "cannot connect input 'a_valid_i' and input 'b_valid_i': both are sources");
    }

    @Test
    @DisplayName("hardware built outside any module is an error")
    void operationOutsideModule() {
        int at = Here.line(); var e = assertThrows(ElaborationException.class, () -> lit(1, 4).add(lit(2, 4)));
        assertThat(e.getMessage()).contains(FILE + at, "outside a module");
    }

    @Test
    @DisplayName("all problems of a design are reported together, each on its own line")
    void severalProblems() {
        var e = fails(() -> new Module("m") {{
            input("a", uint(4));
            output("y", uint(4));
        }});
        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage().lines()).hasSize(2);
    }
}
