package nestmmu.fpga.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Xilinx board: its part, its constraints file (in {@code fpga/boards/}; read by a vendor
 * flow, not by yosys) and its oscillator.
 */
public record XilinxBoard(String name, XilinxPart part, String xdcFile, double clockMHz) {

    /** Digilent Arty A7-35T: 100 MHz oscillator, 4 green LEDs, FTDI USB-UART. */
    public static final XilinxBoard ARTY_A7_35T = new XilinxBoard("arty-a7-35t", XilinxPart.XC7A35T, "arty-a7-35t.xdc", 100.0);

    /** The constraints file's text. */
    public String xdc() {
        return Pcf.boardFile(xdcFile);
    }

    /** The user LEDs the constraints file places: {@code led_o[0]} .. {@code led_o[n-1]}. */
    public int leds() {
        List<String> ports = new ArrayList<>();
        Matcher m = Pattern.compile("get_ports\\s*\\{\\s*([^\\s}]+)\\s*}").matcher(xdc());
        while (m.find()) ports.add(m.group(1));
        return BoardPorts.ledCount(ports);
    }
}
