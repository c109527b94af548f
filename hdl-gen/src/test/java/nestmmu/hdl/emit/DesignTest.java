package nestmmu.hdl.emit;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.uint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.tools.Lint;
import nestmmu.hdl.util.Cam;
import nestmmu.hdl.util.Counter;
import nestmmu.io.BadInputException;

class DesignTest {
    /** Two modules that ask for the same name but differ in width. */
    static final class Leaf extends Module {
        final UInt a;
        final UInt y;

        Leaf(int width) {
            super("leaf");
            a = input("a", uint(width));
            y = output("y", uint(width));
            y.set(a);
        }
    }

    /** Counters of two sizes, one of them twice, and two different leaves named alike. */
    static final class Top extends Module {
        Top() {
            super("top");
            Bool go = input("go", bool());
            UInt a = input("a", uint(4));
            for (String name : List.of("c1", "c2")) {
                Counter c = instance(name, () -> new Counter(10));
                c.inc.set(go);
                output(name + "_count", uint(4)).set(c.count);
                c.wrap.unused();
            }
            Counter c3 = instance("c3", () -> new Counter(6));
            c3.inc.set(go);
            output("c3_wrap", bool()).set(c3.wrap);
            c3.count.unused();
            Leaf narrow = instance("narrow", () -> new Leaf(4));
            narrow.a.set(a);
            output("narrow_y", uint(4)).set(narrow.y);
            Leaf wide = instance("wide", () -> new Leaf(8));
            wide.a.set(a);
            output("wide_y", uint(8)).set(wide.y);
        }
    }

    private static Design top() {
        return Design.verilog(Top::new);
    }

    @Test
    @DisplayName("one Verilog module per distinct parameterization, the top's file first")
    void deduplicatesByContent() {
        Design d = top();
        assertThat(d.top()).isEqualTo("top");
        assertThat(d.files().keySet()).containsExactly("top.v", "counter_n10.v", "counter_n6.v", "leaf.v", "leaf_1.v");
        assertThat(d.text("top.v")).contains("counter_n10 c1 (", "counter_n10 c2 (", "counter_n6 c3 (", "leaf narrow (", "leaf_1 wide (");
        assertThat(d.text("leaf.v")).contains("module leaf (", "[3:0] a_i");
        assertThat(d.text("leaf_1.v")).contains("module leaf_1 (", "[7:0] a_i");
        Lint.all(d);
    }

    @Test
    @DisplayName("names the generator chose never collide in the Verilog: an instance called x_q beside a register x")
    void derivedNamesDoNotCollide() {
        Design d = Design.verilog(() -> new Module("clash") {{
            UInt x = regInit("x", nestmmu.hdl.Hw.lit(0, 4));
            Counter c = instance("x_q", () -> new Counter(16));
            c.inc.set(x.eq(3));
            x.set(c.count);
            c.wrap.unused();
            output("y", uint(4)).set(x);
        }});
        assertThat(d.text("clash.v")).contains("reg  [3:0] x_q;", "counter_n16 x_q_1 (", "x_q_1_count");
        Lint.all(d);
    }

    @Test
    @DisplayName("the same generator emits byte-identical files every time")
    void byteIdentical() {
        assertThat(top().files()).isEqualTo(top().files());
        assertThat(Design.verilog(() -> new Cam(8, 20)).files()).isEqualTo(Design.verilog(() -> new Cam(8, 20)).files());
    }

    @Test
    @DisplayName("the top's ports are listed with direction and width, clock and reset first")
    void portsOfTheTop() {
        assertThat(Design.verilog(() -> new Counter(10)).ports()).containsExactly(
                new Design.Port("clk_i", Design.Direction.INPUT, 1),
                new Design.Port("rst_i", Design.Direction.INPUT, 1),
                new Design.Port("inc_i", Design.Direction.INPUT, 1),
                new Design.Port("count_o", Design.Direction.OUTPUT, 4),
                new Design.Port("wrap_o", Design.Direction.OUTPUT, 1));
    }

    @Test
    @DisplayName("writeTo puts every file in the directory and replaces an older design as a whole")
    void writesAndReplaces(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("rtl");
        List<Path> written = top().writeTo(out);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("top.v", "counter_n10.v", "counter_n6.v", "leaf.v", "leaf_1.v");
        assertThat(Files.readString(out.resolve("top.v"))).isEqualTo(top().text("top.v"));
        Design.verilog(() -> new Counter(3)).writeTo(out);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("counter_n3.v");
        }
    }

    @Test
    @DisplayName("writeTo refuses a directory that holds anything but Verilog")
    void refusesForeignDirectory(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> top().writeTo(tmp)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("refusing to replace").hasMessageContaining("notes.txt");
        assertThat(tmp.resolve("notes.txt")).exists();
    }
}
