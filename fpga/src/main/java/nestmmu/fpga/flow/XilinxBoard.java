package nestmmu.fpga.flow;

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
}
