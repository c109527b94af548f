package nestmmu.fpga.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Post-synthesis resource counts of one module or design, as yosys {@code stat} reports them
 * (before packing or placement). {@code brams} is in block-RAM tiles: one {@code SB_RAM40_4K}
 * on iCE40, one {@code RAMB36E1} (two {@code RAMB18E1}) on 7-series. {@code cells} holds every
 * cell type and its count, including ones no column summarizes (carries, muxes, I/O buffers).
 */
public record Utilization(int luts, int ffs, double brams, SortedMap<String, Integer> cells) {

    public Utilization {
        cells = Collections.unmodifiableSortedMap(new TreeMap<>(cells));
    }

    /** {@code brams} as JSON shows it: an integer when whole, so iCE40 counts read as counts. */
    public Number bramsNumber() {
        return brams == Math.rint(brams) ? (Number) (long) brams : (Number) brams;
    }

    /** {@code {"luts", "ffs", "brams"}} for JSON output (the full cell list is in the flow's stat.json). */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("luts", luts);
        m.put("ffs", ffs);
        m.put("brams", bramsNumber());
        return m;
    }
}
