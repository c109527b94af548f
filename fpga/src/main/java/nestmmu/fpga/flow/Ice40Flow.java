package nestmmu.fpga.flow;

import java.nio.file.Path;
import java.util.List;

import nestmmu.io.AtomicFiles;

/**
 * Synthesis, place and route and bitstream for iCE40, with the Debian tools:
 * <ol>
 *   <li>{@code yosys}: {@code synth_ice40 -top T -json netlist.json}, then {@code stat -json}
 *       into {@code stat.json} (script {@code synth.ys}, log {@code synth.log});</li>
 *   <li>{@code nextpnr-ice40 --hx8k --package ct256 --pcf pins.pcf --freq F --seed S
 *       --timing-allow-fail --report nextpnr-report.json --asc bitstream.asc} (log {@code nextpnr.log});</li>
 *   <li>{@code icepack bitstream.asc bitstream.bin} (log {@code icepack.log}).</li>
 * </ol>
 * All of it happens in {@code OUT.work}, published as {@code OUT} when every step succeeded
 * (see {@link FlowDirectory}). Every port of the top must have a pin in the pin file.
 */
public final class Ice40Flow {
    public static final String NETLIST = "netlist.json";
    public static final String PINS = "pins.pcf";
    public static final String ASC = "bitstream.asc";
    public static final String BITSTREAM = "bitstream.bin";
    public static final String REPORT = "nextpnr-report.json";
    public static final String LOG = "nextpnr.log";

    private final Ice40Options options;
    private final ToolRunner runner;

    public Ice40Flow(Ice40Options options, ToolRunner runner) {
        this.options = options;
        this.runner = runner;
    }

    public Ice40Options options() { return options; }

    /** Runs the whole flow into {@code out} and reads its results. */
    public Ice40Result run(Design design, Pcf pins, Path out) {
        Path dir = FlowDirectory.produce(out, work -> runIn(design, pins, work));
        return Ice40Result.read(dir, design.top());
    }

    /**
     * The three steps, in an existing directory; for flows that wrap this one (see {@code OocCoreFlow}).
     * A design too large for the device is a result, not a failure: nextpnr's log keeps the
     * utilisation it found, there is no bitstream, and {@link Ice40Result#fits()} is false.
     */
    public void runIn(Design design, Pcf pins, Path workDir) {
        synthesize(design, workDir);
        if (placeAndRoute(design.top(), pins, workDir)) pack(workDir);
    }

    void synthesize(Design design, Path workDir) {
        YosysScript.elaborating(design, workDir)
                .then("synth_ice40 -top " + design.top() + " -json " + NETLIST)
                .statJsonTo(YosysStat.FILE_NAME)
                .run(runner, workDir, "synth");
    }

    /** False when the design does not fit the device (nextpnr stops before placing it). */
    boolean placeAndRoute(String top, Pcf pins, Path workDir) {
        AtomicFiles.writeString(workDir.resolve(PINS), pins.text());
        Ice40Device d = options.device();
        List<String> command = List.of("nextpnr-ice40",
                "--" + d.nextpnrDevice(), "--package", d.packageName(),
                "--json", NETLIST, "--top", top, "--pcf", PINS,
                "--freq", options.freqArgument(), "--seed", Long.toString(options.seed()),
                // a missed target is a figure to report, not a failure
                "--timing-allow-fail",
                "--report", REPORT, "--asc", ASC);
        int code = runner.runAllowingFailure(workDir, LOG, command);
        if (code == 0) return true;
        if (!TimingReport.fromUtilisationLog(ToolRunner.readLines(workDir.resolve(LOG))).fits()) return false;
        throw ToolRunner.failure(workDir, LOG, command, code);
    }

    void pack(Path workDir) {
        runner.run(workDir, "icepack.log", List.of("icepack", ASC, BITSTREAM));
    }
}
