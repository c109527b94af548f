package nestmmu.fpga.sim;

import java.nio.file.Path;

import nestmmu.fpga.flow.Design;
import nestmmu.fpga.flow.ToolRunner;
import nestmmu.fpga.flow.YosysScript;

/**
 * A design's gate-level netlist after {@code synth_ice40}, written as Verilog
 * ({@code write_verilog -noattr}), and what a simulator needs beside it: yosys' models of the
 * iCE40 cells, compiled with {@value #DEFINE} defined (their default port values are not
 * Verilog that Icarus 11 or Verilator take). Verilator builds it with {@code -D}{@value #DEFINE}
 * and only warnings; so does Icarus.
 */
public record Ice40Netlist(String top, Path netlist, Path cellModels) {
    public static final String FILE = "netlist.v";
    public static final String DEFINE = "NO_ICE40_DEFAULT_ASSIGNMENTS";

    /** Synthesizes {@code design} in {@code workDir} ({@code netlist.ys}, {@code netlist.log}, {@value #FILE}). */
    public static Ice40Netlist synthesize(Design design, Path workDir, ToolRunner runner) {
        YosysScript.elaborating(design, workDir)
                .then("synth_ice40 -top " + design.top())
                .then("write_verilog -noattr " + FILE)
                .run(runner, workDir, "netlist");
        return new Ice40Netlist(design.top(), workDir.resolve(FILE).toAbsolutePath(), Ice40CellModels.path());
    }
}
