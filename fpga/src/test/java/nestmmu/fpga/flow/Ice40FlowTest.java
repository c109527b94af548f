package nestmmu.fpga.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.fpga.Fixtures;

class Ice40FlowTest {
    private static final Design COUNTER = Design.of("uart_counter", Fixtures.source("uart_counter.v"));
    private static final Ice40Flow FLOW =
            new Ice40Flow(Ice40Options.of(Ice40Device.HX8K_CT256, 12), ToolRunner.withDefaultTimeout());

    @TempDir
    static Path shared;
    private static Ice40Result counter;

    @BeforeAll
    static void placeTheCounterOnTheBreakoutBoard() {
        counter = FLOW.run(COUNTER, Ice40Board.HX8K_BREAKOUT.pcf(), shared.resolve("counter"));
    }

    @Test
    @DisplayName("the UART counter becomes a non-empty bitstream, with every step's log kept")
    void bitstreamAndLogs() throws IOException {
        assertThat(counter.bitstream()).isRegularFile();
        assertThat(Files.size(counter.bitstream())).isGreaterThan(0);
        for (String f : new String[] {"synth.ys", "synth.log", "nextpnr.log", "icepack.log", "pins.pcf", "src/uart_counter.v"}) {
            assertThat(counter.directory().resolve(f)).isRegularFile();
        }
        assertThat(FlowDirectory.workDirectoryOf(counter.directory())).doesNotExist();
    }

    @Test
    @DisplayName("utilization of the counter is what its registers and logic need")
    void utilizationIsPlausible() {
        Utilization u = counter.utilization();
        // count 8 + shown 8 + frame 10 + bits 4 + baud 16 = 46 register bits; yosys may drop a constant one
        assertThat(u.ffs()).isBetween(40, 46);
        assertThat(u.luts()).isBetween(20, 120);
        assertThat(u.brams()).isZero();
        assertThat(u.cells()).containsKey("SB_LUT4");
        assertThat(counter.modules()).containsOnlyKeys("uart_counter");
    }

    @Test
    @DisplayName("nextpnr's report gives the clock's Fmax and the placed logic cells")
    void timingIsParsed() {
        TimingReport t = counter.timing();
        assertThat(t.clocks()).extracting(TimingReport.ClockTiming::clock).containsExactly("clk_i");
        assertThat(counter.fmaxMHz()).isBetween(20.0, 500.0);
        assertThat(t.clocks().get(0).constraintMHz()).isEqualTo(12.0);
        assertThat(t.timingMet()).isTrue();
        assertThat(t.logicCellsUsed()).isBetween(counter.utilization().ffs(), 7680);
        assertThat(t.resources().get("ICESTORM_LC").available()).isEqualTo(Ice40Device.HX8K_CT256.logicCells());
    }

    @Test
    @DisplayName("the same design and seed give byte-identical bitstreams and reports")
    void deterministic(@TempDir Path dir) throws IOException {
        Ice40Result again = FLOW.run(COUNTER, Ice40Board.HX8K_BREAKOUT.pcf(), dir.resolve("again"));
        assertThat(Files.readAllBytes(again.bitstream())).isEqualTo(Files.readAllBytes(counter.bitstream()));
        assertThat(again.timing()).isEqualTo(counter.timing());
        assertThat(again.utilization()).isEqualTo(counter.utilization());
    }

    @Test
    @DisplayName("a Verilog file on disk works as well as a text in memory")
    void sourceOnDisk(@TempDir Path dir) {
        Design onDisk = Design.ofFiles("uart_counter", java.util.List.of(Fixtures.DIRECTORY.resolve("uart_counter.v")));
        Ice40Result r = FLOW.run(onDisk, Ice40Board.HX8K_BREAKOUT.pcf(), dir.resolve("disk"));
        assertThat(r.utilization()).isEqualTo(counter.utilization());
    }

    @Test
    @DisplayName("a Verilog error fails in yosys with yosys' own words, and the logs stay in OUT.work")
    void syntaxError(@TempDir Path dir) {
        Design broken = Design.of("broken", VerilogSource.text("broken.v", "module broken(input a, output b);\n  assign b = a +;\nendmodule\n"));
        Path out = dir.resolve("broken");
        assertThatThrownBy(() -> FLOW.run(broken, Ice40Board.HX8K_BREAKOUT.pcf(), out))
                .isInstanceOfSatisfying(ToolFailedException.class, e -> {
                    assertThat(e.tool()).isEqualTo("yosys");
                    assertThat(e.errorLines()).anySatisfy(l -> assertThat(l).contains("syntax error"));
                    assertThat(e.log()).isEqualTo(FlowDirectory.workDirectoryOf(out).resolve("synth.log"));
                    assertThat(e.log()).isRegularFile();
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("a port without a pin fails in nextpnr, which names the port")
    void unconstrainedPort(@TempDir Path dir) {
        Map<String, String> pins = new LinkedHashMap<>(Ice40Board.HX8K_BREAKOUT.pcf().pins());
        pins.remove("led_o[7]");
        assertThatThrownBy(() -> FLOW.run(COUNTER, Pcf.of(pins), dir.resolve("x")))
                .isInstanceOfSatisfying(ToolFailedException.class, e -> {
                    assertThat(e.tool()).isEqualTo("nextpnr-ice40");
                    assertThat(e.getMessage()).contains("led_o[7]").contains("unconstrained");
                });
    }

    @Test
    @DisplayName("a failed run leaves the previous good output in place")
    void failureKeepsEarlierOutput(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("run");
        FLOW.run(COUNTER, Ice40Board.HX8K_BREAKOUT.pcf(), out);
        byte[] before = Files.readAllBytes(out.resolve(Ice40Flow.BITSTREAM));
        Design broken = Design.of("uart_counter", VerilogSource.text("uart_counter.v", "module uart_counter(;\n"));
        assertThatThrownBy(() -> FLOW.run(broken, Ice40Board.HX8K_BREAKOUT.pcf(), out)).isInstanceOf(ToolFailedException.class);
        assertThat(Files.readAllBytes(out.resolve(Ice40Flow.BITSTREAM))).isEqualTo(before);
    }
}
