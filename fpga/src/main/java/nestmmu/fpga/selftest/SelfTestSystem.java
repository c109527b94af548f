package nestmmu.fpga.selftest;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.uint;

import nestmmu.config.MmuConfig;
import nestmmu.fpga.rtl.LedDriver;
import nestmmu.fpga.rtl.LedMode;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.mmu.MmuTop;

/**
 * The generated MMU of a config with everything it needs to test itself on a board: its page
 * tables in block RAM ({@link MemoryResponder}), the script and the model's answers
 * ({@link SelfTestSequencer}), the verdict on a UART ({@link SelfTestReport}) and on LEDs
 * ({@link SelfTestLeds}, {@link LedDriver}). Ports: {@code uart_tx_o}, {@code led_o}; the
 * clock and the reset come from the board top.
 */
public final class SelfTestSystem extends Module {
    public final Bool uartTx;
    public final UInt led;

    public SelfTestSystem(SelfTestScript script, SelfTestOptions options) {
        super("selftest_system");
        MmuConfig c = script.config();
        uartTx = output("uart_tx", bool());
        led = output("led", uint(options.leds()));

        MmuTop mmu = instance("mmu", () -> new MmuTop(c));
        MemoryResponder memory = instance("memory", () -> new MemoryResponder(script.image(), c));
        SelfTestSequencer sequencer = instance("sequencer", () -> new SelfTestSequencer(script, options.watchdogBits()));
        SelfTestReport report = instance("report",
                () -> new SelfTestReport(script.translations(), options.clocksPerBit(), options.repeatCycles()));
        LedDriver leds = instance("leds", () -> new LedDriver(options.leds(), options.slowBlinkBit()));

        mmu.req.connect(sequencer.req);
        sequencer.rsp.connect(mmu.rsp);
        mmu.ctl.connect(sequencer.ctl);
        memory.mem.connect(mmu.mem);
        mmu.perf.unused(); // the board shows the verdict, not the counters

        report.done.set(sequencer.done);
        report.passed.set(sequencer.passed);
        report.timeout.set(sequencer.timeout);
        report.passDigit.get(0).set(sequencer.passDigit.get(0));
        report.passDigit.get(1).set(sequencer.passDigit.get(1));
        report.stepDigit.get(0).set(sequencer.stepDigit.get(0));
        report.stepDigit.get(1).set(sequencer.stepDigit.get(1));
        sequencer.failed.unused(); // the report tells a mismatch from a timeout by timeout_o

        for (int k = 0; k < options.leds(); k++) leds.mode.get(k).set(LedMode.OFF.code());
        leds.mode.get(SelfTestLeds.ALIVE).set(LedMode.BLINK_SLOW.code());
        leds.mode.get(SelfTestLeds.RUNNING).set(mode(sequencer.done.not(), LedMode.ON));
        leds.mode.get(SelfTestLeds.PASSED).set(mode(sequencer.passed, LedMode.ON));
        leds.mode.get(SelfTestLeds.FAILED).set(mode(sequencer.done.and(sequencer.passed.not()), LedMode.BLINK_FAST));

        uartTx.set(report.tx);
        led.set(leds.led);
    }

    private static UInt mode(Bool when, LedMode mode) {
        return mux(when, lit(mode.code(), LedMode.BITS), lit(LedMode.OFF.code(), LedMode.BITS));
    }
}
