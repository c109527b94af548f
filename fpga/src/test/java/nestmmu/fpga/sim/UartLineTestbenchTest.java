package nestmmu.fpga.sim;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.uint;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.fpga.flow.Design;
import nestmmu.fpga.flow.ToolRunner;
import nestmmu.fpga.flow.VerilogSource;
import nestmmu.fpga.selftest.SelfTestReport;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;

class UartLineTestbenchTest {
    private static final NetlistSimulation SIM = new NetlistSimulation(ToolRunner.withDefaultTimeout());

    /** A board top that reports a pass of 20 translations after its power-on reset, and lights LED 1. */
    static final class ReportingTop extends Module {
        ReportingTop() {
            super("reporting_top");
            Bool tx = output("uart_tx", bool());
            UInt led = output("led", uint(4));
            UInt por = regPowerOn("por", lit(0, 3));
            Bool resetting = node("resetting", por.ne(7));
            when(resetting, () -> por.set(por.add(1)));
            SelfTestReport report = instance("report", resetting, () -> new SelfTestReport(20, 8, 0));
            report.done.set(true);
            report.passed.set(true);
            report.timeout.set(false);
            report.passDigit.get(1).set(2);
            report.passDigit.get(0).set(0);
            report.stepDigit.get(1).set(0);
            report.stepDigit.get(0).set(0);
            tx.set(report.tx);
            led.set(lit(0b0010, 4));
        }
    }

    private static Design design() {
        nestmmu.hdl.emit.Design d = nestmmu.hdl.emit.Design.verilog(ReportingTop::new);
        List<VerilogSource> sources = new ArrayList<>();
        d.files().forEach((name, text) -> sources.add(VerilogSource.text(name, text)));
        return Design.of(d.top(), sources);
    }

    private static UartLineTestbench bench(String line, long ledValue) {
        return new UartLineTestbench("reporting_top", 4, 12e6, 8, line, 0b0011, ledValue, 20_000);
    }

    @Test
    @DisplayName("the testbench decodes the board's line and checks the LEDs, on the RTL and on the iCE40 netlist")
    void decodesTheLine(@TempDir Path dir) {
        UartLineTestbench tb = bench(SelfTestReport.passLine(20), 0b0010);
        SimulationResult rtl = SIM.rtl(design(), tb.source(), UartLineTestbench.MODULE, dir.resolve("rtl"));
        assertThat(rtl.passed()).as(String.join("\n", rtl.output())).isTrue();
        assertThat(rtl.verdict()).isEqualTo("PASS: nestmmu selftest PASS 20/20");
        SimulationResult gates = SIM.ice40Netlist(design(), tb.source(), UartLineTestbench.MODULE, dir.resolve("gates"));
        assertThat(gates.verdict()).isEqualTo("PASS: nestmmu selftest PASS 20/20");
    }

    @Test
    @DisplayName("another line, or other LEDs, fail with what the board did")
    void mismatches(@TempDir Path dir) {
        SimulationResult line = SIM.rtl(design(), bench("nestmmu selftest PASS 21/21", 0b0010).source(), UartLineTestbench.MODULE, dir.resolve("a"));
        assertThat(line.passed()).isFalse();
        assertThat(line.verdict()).isEqualTo("FAIL: the board sent 'nestmmu selftest PASS 20/20', expected 'nestmmu selftest PASS 21/21'");
        SimulationResult leds = SIM.rtl(design(), bench(SelfTestReport.passLine(20), 0b0001).source(), UartLineTestbench.MODULE, dir.resolve("b"));
        assertThat(leds.passed()).isFalse();
        assertThat(leds.verdict()).startsWith("FAIL: the LEDs show 0010");
    }
}
