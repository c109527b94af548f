package nestmmu.fpga.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.fpga.Fixtures;
import nestmmu.fpga.flow.Design;
import nestmmu.fpga.flow.ToolFailedException;
import nestmmu.fpga.flow.ToolRunner;
import nestmmu.fpga.flow.VerilogSource;
import nestmmu.io.BadInputException;

class NetlistSimulationTest {
    private static final NetlistSimulation SIM = new NetlistSimulation(ToolRunner.withDefaultTimeout());
    private static final Design COUNTER = Design.of("uart_counter", Fixtures.source("uart_counter.v"));
    private static final String TB_TEXT = Fixtures.text("uart_counter_tb.v");
    private static final VerilogSource TB = VerilogSource.text("uart_counter_tb.v", TB_TEXT);

    @Test
    @DisplayName("after synth_ice40 the counter still sends 00, 01, 02, 03 over its UART line and shows them on the LEDs")
    void netlistBehaves(@TempDir Path dir) {
        SimulationResult r = SIM.ice40Netlist(COUNTER, TB, "uart_counter_tb", dir.resolve("gate"));
        assertThat(r.passed()).as(String.join("\n", r.output())).isTrue();
        assertThat(r.verdict()).startsWith("PASS: 4 frames");
        assertThat(r.output()).contains("frame 3: 03");
        assertThat(r.directory().resolve(NetlistSimulation.NETLIST)).content().contains("SB_LUT4").contains("SB_DFF");
    }

    @Test
    @DisplayName("the same testbench passes on the RTL")
    void rtlBehaves(@TempDir Path dir) {
        SimulationResult r = SIM.rtl(COUNTER, TB, "uart_counter_tb", dir.resolve("rtl"));
        assertThat(r.passed()).as(String.join("\n", r.output())).isTrue();
        assertThat(r.directory().resolve(NetlistSimulation.NETLIST)).doesNotExist();
    }

    @Test
    @DisplayName("a testbench that expects the wrong bytes fails the netlist, with its FAIL line as the verdict")
    void wrongExpectationFails(@TempDir Path dir) {
        String skipping = TB_TEXT.replace("expected = expected + 8'd1;", "expected = expected + 8'd2;");
        assertThat(skipping).isNotEqualTo(TB_TEXT);
        SimulationResult r = SIM.ice40Netlist(COUNTER, VerilogSource.text("tb.v", skipping), "uart_counter_tb", dir.resolve("x"));
        assertThat(r.passed()).isFalse();
        assertThat(r.verdict()).isEqualTo("FAIL: frame 1: received 01, expected 02");
    }

    @Test
    @DisplayName("a testbench that says nothing has not passed")
    void noVerdict(@TempDir Path dir) {
        VerilogSource silent = VerilogSource.text("tb.v", "module tb; uart_counter d(); initial #10 $finish; endmodule\n");
        SimulationResult r = SIM.rtl(COUNTER, silent, "tb", dir.resolve("x"));
        assertThat(r.passed()).isFalse();
        assertThat(r.verdict()).startsWith("no verdict");
    }

    @Test
    @DisplayName("a testbench stopped by $fatal has failed even after printing PASS")
    void fatalFails(@TempDir Path dir) {
        VerilogSource fatal = VerilogSource.text("tb.v", "module tb; initial begin $display(\"PASS\"); $fatal(1, \"boom\"); end endmodule\n");
        SimulationResult r = SIM.rtl(COUNTER, fatal, "tb", dir.resolve("x"));
        assertThat(r.passed()).isFalse();
        assertThat(r.verdict()).startsWith("vvp exited with");
    }

    @Test
    @DisplayName("a testbench that does not compile fails in iverilog with its own message")
    void compileError(@TempDir Path dir) {
        VerilogSource broken = VerilogSource.text("tb.v", "module tb; initial begin $display(\"x\") end endmodule\n");
        assertThatThrownBy(() -> SIM.rtl(COUNTER, broken, "tb", dir.resolve("x")))
                .isInstanceOfSatisfying(ToolFailedException.class, e -> {
                    assertThat(e.tool()).isEqualTo("iverilog");
                    assertThat(e.errorLines()).anySatisfy(l -> assertThat(l).contains("syntax error"));
                });
    }

    @Test
    @DisplayName("parameter overrides exist only in the netlist, so the RTL run refuses them")
    void rtlRefusesParameters(@TempDir Path dir) {
        assertThatThrownBy(() -> SIM.rtl(COUNTER.withParameter("CLKS_PER_BIT", 4), TB, "uart_counter_tb", dir.resolve("x")))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void theCellModelsAreFound() {
        assertThat(Ice40CellModels.path()).isRegularFile().content().contains("module SB_LUT4");
    }
}
