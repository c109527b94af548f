package nestmmu.fpga.flow;

/**
 * A Xilinx part for {@code synth_xilinx}: its yosys family and its capacity (LUTs, flip-flops,
 * 36-kbit block RAM tiles), so that utilization can be read against it.
 */
public record XilinxPart(String name, String yosysFamily, int luts, int ffs, int bramTiles) {

    /** Artix-7 35T of the Arty A7-35T: 5200 slices of 4 LUTs and 8 flip-flops, 50 RAMB36 (Xilinx DS180). */
    public static final XilinxPart XC7A35T = new XilinxPart("xc7a35ticsg324-1L", "xc7", 20800, 41600, 50);
}
