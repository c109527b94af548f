package nestmmu.fpga.flow;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which yosys cells are LUTs, flip-flops and block RAMs on each target, so that
 * {@code stat} counts become a {@link Utilization}.
 */
public enum CellLibrary {
    /** iCE40: one SB_LUT4 per LUT; every SB_DFF* variant (enable, set, reset, negative edge) is a flip-flop. */
    ICE40 {
        @Override int lutsIn(String cell) { return cell.equals("SB_LUT4") ? 1 : 0; }

        @Override boolean isFlipFlop(String cell) { return cell.startsWith("SB_DFF"); }

        @Override double bramTilesIn(String cell) { return cell.startsWith("SB_RAM40_4K") ? 1 : 0; }
    },

    /**
     * Xilinx 7-series, counted as Vivado's utilization report does: LUT1..LUT6 and INV (an
     * inverter is a LUT1), plus the LUTs that distributed RAMs and shift registers occupy;
     * FDRE/FDSE/FDCE/FDPE flip-flops and LDCE/LDPE latches (both take register sites);
     * a RAMB36E1 is one tile and a RAMB18E1 half of one.
     */
    XILINX7 {
        private static final Set<String> LOGIC_LUTS = Set.of("LUT1", "LUT2", "LUT3", "LUT4", "LUT5", "LUT6", "INV");
        // LUTs per primitive (UG474, CLB chapter: distributed RAM and SRL configurations)
        private static final Map<String, Integer> MEMORY_LUTS = Map.ofEntries(
                Map.entry("RAM32X1S", 1), Map.entry("RAM64X1S", 1), Map.entry("RAM128X1S", 2),
                Map.entry("RAM256X1S", 4), Map.entry("RAM32X1D", 2), Map.entry("RAM64X1D", 2),
                Map.entry("RAM128X1D", 4), Map.entry("RAM32M", 4), Map.entry("RAM64M", 4),
                Map.entry("SRL16E", 1), Map.entry("SRLC16E", 1), Map.entry("SRLC32E", 1));
        private static final Set<String> REGISTERS = Set.of("FDRE", "FDSE", "FDCE", "FDPE", "LDCE", "LDPE");

        @Override int lutsIn(String cell) {
            return LOGIC_LUTS.contains(cell) ? 1 : MEMORY_LUTS.getOrDefault(cell, 0);
        }

        @Override boolean isFlipFlop(String cell) { return REGISTERS.contains(cell); }

        @Override double bramTilesIn(String cell) {
            return switch (cell) {
                case "RAMB36E1", "FIFO36E1" -> 1;
                case "RAMB18E1", "FIFO18E1" -> 0.5;
                default -> 0;
            };
        }
    };

    abstract int lutsIn(String cell);

    abstract boolean isFlipFlop(String cell);

    abstract double bramTilesIn(String cell);

    /** Summarizes yosys' {@code num_cells_by_type}. */
    public Utilization utilization(Map<String, Integer> cellsByType) {
        int luts = 0;
        int ffs = 0;
        double brams = 0;
        for (Map.Entry<String, Integer> e : cellsByType.entrySet()) {
            int n = e.getValue();
            luts += lutsIn(e.getKey()) * n;
            if (isFlipFlop(e.getKey())) ffs += n;
            brams += bramTilesIn(e.getKey()) * n;
        }
        return new Utilization(luts, ffs, brams, new TreeMap<>(cellsByType));
    }
}
