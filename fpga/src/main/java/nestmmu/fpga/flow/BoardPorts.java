package nestmmu.fpga.flow;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

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

    /** How many LEDs {@code led_o[0..n-1]} a list of constrained port names holds; they must be numbered without gaps. */
    public static int ledCount(Collection<String> ports) {
        SortedSet<Integer> seen = new TreeSet<>();
        for (String p : ports) {
            if (p.startsWith(LEDS + "[") && p.endsWith("]")) seen.add(Integer.parseInt(p.substring(LEDS.length() + 1, p.length() - 1)));
        }
        if (!seen.isEmpty() && (seen.first() != 0 || seen.last() != seen.size() - 1)) {
            throw new IllegalStateException("LEDs must be numbered 0.." + (seen.size() - 1) + ", got " + seen);
        }
        return seen.size();
    }
}
