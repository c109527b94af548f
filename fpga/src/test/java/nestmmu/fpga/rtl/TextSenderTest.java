package nestmmu.fpga.rtl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.fpga.testing.Rtl;
import nestmmu.fpga.testing.Seeds;
import nestmmu.hdl.emit.Design;
import nestmmu.hdl.tools.Lint;
import nestmmu.sim.verilator.Simulation;

class TextSenderTest {
    private static final List<TextTemplate> LINES = List.of(
            TextTemplate.parse("ok {0}{1}\r\n"),
            TextTemplate.parse("fail at {2}, {0}{1} done\n"),
            TextTemplate.parse("-"));

    @Test
    @DisplayName("each start sends the selected line with its placeholders filled, whatever the consumer's stalls")
    void sendsLines() {
        Design d = Design.verilog(() -> new TextSender("sender", LINES));
        Lint.all(d);
        SplittableRandom random = Seeds.random("TextSenderTest");
        try (Simulation sim = Rtl.open(d)) {
            sim.set("rst_i", 1).tick();
            sim.set("rst_i", 0).set("arg_0_i", '4').set("arg_1_i", '2').set("arg_2_i", 'X');
            for (int round = 0; round < 12; round++) {
                int select = random.nextInt(3);
                sim.set("select_i", select).set("start_i", 1).tick();
                sim.set("start_i", 0).set("select_i", random.nextInt(3)); // changing select later has no effect
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                int guard = 0;
                while (sim.get("busy_o") == 1) {
                    boolean ready = random.nextInt(3) != 0;
                    sim.set("out_ready_i", ready ? 1 : 0);
                    if (ready && sim.get("out_valid_o") == 1) got.write((int) sim.get("out_bits_o"));
                    sim.tick();
                    assertThat(guard++).isLessThan(1000);
                }
                assertThat(got.toString(StandardCharsets.US_ASCII)).isEqualTo(LINES.get(select).render((byte) '4', (byte) '2', (byte) 'X'));
                assertThat(sim.get("out_valid_o")).isZero();
            }
        }
    }

    @Test
    @DisplayName("templates are plain ASCII with numbered placeholders")
    void templates() {
        TextTemplate t = TextTemplate.parse("a{1}b{0}");
        assertThat(t.length()).isEqualTo(4);
        assertThat(t.arguments()).isEqualTo(2);
        assertThat(t.render((byte) 'x', (byte) 'y')).isEqualTo("aybx");
        assertThatThrownBy(() -> TextTemplate.parse("caf\u00e9")).isInstanceOf(IllegalArgumentException.class);
    }
}
