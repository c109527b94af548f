package nestmmu.fpga.flow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an iCE40 run produced, read back from its directory: post-synthesis utilization of the
 * whole design and of each module yosys kept apart, nextpnr's timing and placement report, and
 * the paths of the netlist and the bitstream. A design that does not fit the device has a
 * timing report with the utilisation nextpnr found and no clocks, and no bitstream (null).
 */
public record Ice40Result(Path directory, String top, Utilization utilization, Map<String, Utilization> modules,
                          TimingReport timing, Path netlist, Path bitstream) {

    public Ice40Result {
        modules = Collections.unmodifiableMap(new LinkedHashMap<>(modules));
    }

    /** Reads the results of a finished run from its directory. */
    public static Ice40Result read(Path dir, String top) {
        YosysStat stat = YosysStat.read(dir.resolve(YosysStat.FILE_NAME));
        Map<String, Utilization> modules = new LinkedHashMap<>();
        stat.modules().forEach((name, cells) -> modules.put(name, CellLibrary.ICE40.utilization(cells)));
        Path report = dir.resolve(Ice40Flow.REPORT);
        boolean placed = Files.isRegularFile(report);
        TimingReport timing = placed ? TimingReport.read(report)
                : TimingReport.fromUtilisationLog(ToolRunner.readLines(dir.resolve(Ice40Flow.LOG)));
        return new Ice40Result(dir, top, CellLibrary.ICE40.utilization(stat.design()), modules, timing,
                dir.resolve(Ice40Flow.NETLIST), placed ? dir.resolve(Ice40Flow.BITSTREAM) : null);
    }

    /** False when the design needs more of the device than it has: then nothing was placed and there is no bitstream. */
    public boolean fits() {
        return bitstream != null;
    }

    /** The slowest clock's maximum frequency after routing, MHz; null without clocks. */
    public Double fmaxMHz() {
        return timing.fmaxMHz();
    }

    /** One module's own cells (its kept submodules excluded). */
    public Utilization module(String name) {
        Utilization u = modules.get(name);
        if (u == null) throw new IllegalStateException("no statistics for module " + name + " (have " + modules.keySet() + ")");
        return u;
    }
}
