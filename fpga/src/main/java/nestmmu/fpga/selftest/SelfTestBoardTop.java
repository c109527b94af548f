package nestmmu.fpga.selftest;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.uint;

import nestmmu.fpga.flow.BoardPorts;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;

/**
 * A board top around a {@link SelfTestSystem}: the ports are the board's pins, named as
 * {@link BoardPorts} says ({@code clk_i}, {@code uart_tx_o}, {@code led_o}), and the reset is
 * made on the chip: a counter that the FPGA loads with 0 when it configures holds the system
 * in reset for its first {@value #RESET_CYCLES} cycles. The self-test therefore runs once per
 * configuration, on the block RAM's initial contents.
 */
public final class SelfTestBoardTop extends Module {
    public static final int RESET_CYCLES = 15;

    public SelfTestBoardTop(String name, SelfTestScript script, SelfTestOptions options) {
        super(name);
        Bool tx = output(strip(BoardPorts.UART_TX), bool());
        UInt led = output(strip(BoardPorts.LEDS), uint(options.leds()));

        UInt por = regPowerOn("por", lit(0, 4));
        Bool resetting = node("resetting", por.ne(RESET_CYCLES));
        when(resetting, () -> por.set(por.add(1)));
        SelfTestSystem system = instance("system", resetting, () -> new SelfTestSystem(script, options));
        tx.set(system.uartTx);
        led.set(system.led);
    }

    /** The hdl layer adds the {@code _o} itself. */
    private static String strip(String port) {
        return port.substring(0, port.length() - 2);
    }
}
