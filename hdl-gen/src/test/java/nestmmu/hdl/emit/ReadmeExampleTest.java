package nestmmu.hdl.emit;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.uint;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.tools.Lint;
import nestmmu.hdl.util.Decoupled;
import nestmmu.hdl.util.Queue;

/** The examples of hdl-gen/README.md, kept compiling and lint-clean. */
class ReadmeExampleTest {
    static final class Blinker extends Module {
        final Bool led;

        Blinker(int bits) {
            super("blinker");                                  // the Verilog module name
            Bool enable = input("enable", bool());             // enable_i
            led = output("led", bool());                       // led_o
            UInt count = regInit("count", lit(0, bits));       // count_q / count_d, reset to 0
            when(enable, () -> count.set(count.add(1)));       // holds otherwise
            led.set(count.bit(bits - 1));
        }
    }

    static final class Buffered extends Module {
        Buffered() {
            super("buffered");
            Decoupled<UInt> in = input("in", Decoupled.of(uint(8)));
            Decoupled<UInt> out = output("out", Decoupled.of(uint(8)));
            Queue<UInt> q = instance("q", () -> new Queue<>(4, uint(8)));
            q.enq.connect(in);          // bulk connection: valid/bits forward, ready backward
            out.connect(q.deq);
            q.count.unused();           // the parent ignores this output
        }
    }

    @Test
    @DisplayName("the README's blinker and buffered examples elaborate, lint and synthesize")
    void examples(@TempDir Path tmp) {
        Design design = Design.verilog(() -> new Blinker(24));
        design.writeTo(tmp.resolve("blinker"));
        Lint.verilator(design);
        Lint.yosys(design);
        assertThat(tmp.resolve("blinker/blinker.v")).exists();
        Lint.all(Design.verilog(Buffered::new));
    }
}
