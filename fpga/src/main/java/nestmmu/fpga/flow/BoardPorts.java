package nestmmu.fpga.flow;

/**
 * The top-level port names every board top uses and every pin file in {@code fpga/boards/}
 * constrains (lowRISC style: {@code _i} inputs, {@code _o} outputs).
 */
public final class BoardPorts {
    public static final String CLOCK = "clk_i";
    public static final String UART_RX = "uart_rx_i";
    public static final String UART_TX = "uart_tx_o";
    /** A vector: {@code led_o[0]} .. {@code led_o[n-1]}. */
    public static final String LEDS = "led_o";

    private BoardPorts() {}
}
