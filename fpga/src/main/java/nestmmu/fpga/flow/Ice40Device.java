package nestmmu.fpga.flow;

/**
 * An iCE40 part as nextpnr names it ({@code --hx8k --package ct256}) and its capacity:
 * logic cells (each one LUT4 and one flip-flop) and 4-kbit block RAMs.
 */
public record Ice40Device(String name, String nextpnrDevice, String packageName, int logicCells, int ramBlocks) {

    /** iCE40HX8K in the 256-ball BGA of the HX8K breakout board: 7680 logic cells, 32 EBRs (Lattice DS1040). */
    public static final Ice40Device HX8K_CT256 = new Ice40Device("iCE40HX8K-CT256", "hx8k", "ct256", 7680, 32);
}
