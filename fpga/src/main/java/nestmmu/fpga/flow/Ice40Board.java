package nestmmu.fpga.flow;

/**
 * An iCE40 board: its part, its pin file (in {@code fpga/boards/}) and its oscillator.
 * Every board's pin file names its ports after {@link BoardPorts}.
 */
public record Ice40Board(String name, Ice40Device device, Pcf pcf, double clockMHz) {

    /** Lattice iCE40-HX8K breakout board: 12 MHz oscillator, 8 LEDs, FTDI UART. */
    public static final Ice40Board HX8K_BREAKOUT =
            new Ice40Board("hx8k-breakout", Ice40Device.HX8K_CT256, Pcf.board("hx8k-breakout.pcf"), 12.0);

    /** The user LEDs the pin file constrains: {@code led_o[0]} .. {@code led_o[n-1]}. */
    public int leds() {
        return BoardPorts.ledCount(pcf.pins().keySet());
    }
}
