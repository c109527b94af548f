package nestmmu.fpga.selftest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nestmmu.config.MmuConfig;
import nestmmu.fpga.flow.Design;
import nestmmu.fpga.flow.Ice40Board;
import nestmmu.fpga.flow.VerilogSource;
import nestmmu.fpga.flow.XilinxBoard;
import nestmmu.fpga.sim.UartLineTestbench;

/**
 * A generated self-test board top, ready for a flow: its Verilog, the script it runs (with the
 * model's answers) and how it fits its board. {@link #testbench()} checks it in simulation.
 */
public record BoardDesign(Design design, SelfTestScript script, SelfTestOptions options) {

    /** The self-test of {@code config} on the iCE40-HX8K breakout (12 MHz, 8 LEDs). */
    public static BoardDesign hx8k(MmuConfig config) {
        Ice40Board b = Ice40Board.HX8K_BREAKOUT;
        return of("nestmmu_selftest_hx8k", config, SelfTestOptions.forBoard(b.clockMHz() * 1e6, b.leds()));
    }

    /** The self-test of {@code config} on the Arty A7-35T (100 MHz, 4 LEDs). */
    public static BoardDesign arty(MmuConfig config) {
        XilinxBoard b = XilinxBoard.ARTY_A7_35T;
        return of("nestmmu_selftest_arty", config, SelfTestOptions.forBoard(b.clockMHz() * 1e6, b.leds()));
    }

    public static BoardDesign of(String top, MmuConfig config, SelfTestOptions options) {
        SelfTestScript script = SelfTestScript.of(config);
        return new BoardDesign(flowDesign(nestmmu.hdl.emit.Design.verilog(() -> new SelfTestBoardTop(top, script, options))),
                script, options);
    }

    /** A generated design as the flows take it: its files as in-memory sources. */
    public static Design flowDesign(nestmmu.hdl.emit.Design generated) {
        List<VerilogSource> sources = new ArrayList<>();
        generated.files().forEach((name, text) -> sources.add(VerilogSource.text(name, text)));
        return Design.of(generated.top(), sources);
    }

    /** The line a passing board prints (without its line end). */
    public String passLine() {
        return SelfTestReport.passLine(script.translations());
    }

    /**
     * A testbench that runs this top until its first line and passes when that is the pass line
     * and the LEDs say so; generous in time (the script and two lines).
     */
    public UartLineTestbench testbench() {
        long lineCycles = (long) (passLine().length() + 2) * 10 * options.clocksPerBit();
        long scriptCycles = (long) script.steps().size() << options.watchdogBits();
        return new UartLineTestbench(design.top(), options.leds(), options.clockHz(), options.clocksPerBit(), passLine(),
                SelfTestLeds.verdictMask(), SelfTestLeds.passed(), 2 * lineCycles + Math.min(scriptCycles, 200_000));
    }

    /** A short description: {@code "self-test of config small: 20 translations, line 'nestmmu selftest PASS 20/20'"}. */
    public String describe() {
        return String.format(Locale.ROOT, "self-test of config %s: %d translations, line '%s'", script.config().name(),
                script.translations(), passLine());
    }
}
