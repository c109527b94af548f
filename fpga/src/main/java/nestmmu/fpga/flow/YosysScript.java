package nestmmu.fpga.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nestmmu.io.AtomicFiles;

/**
 * A yosys script, written into the flow's directory (so a user can rerun it by hand with
 * {@code yosys -s NAME.ys}) and run from there. Output files are named relative to that
 * directory: yosys' {@code tee -o} does not accept quoted paths.
 */
public final class YosysScript {
    private final List<String> lines = new ArrayList<>();

    private YosysScript() {}

    /**
     * Reads a design's sources, marks its kept modules, applies its parameters and elaborates
     * its top ({@code hierarchy -check}, so a missing module is an error, not a black box).
     */
    public static YosysScript elaborating(Design design, Path workDir) {
        YosysScript s = new YosysScript();
        for (VerilogSource src : design.sources()) {
            String where = src.materialize(workDir);
            s.lines.add("read_verilog " + (src.isSystemVerilog() ? "-sv " : "") + "\"" + where + "\"");
        }
        for (Design.ParameterOverride p : design.parameters()) {
            s.lines.add("chparam -set " + p.name() + " " + p.value() + " " + p.module());
        }
        // after chparam, which rebuilds a module from its source and so drops attributes set before
        for (String m : design.keptModules()) {
            s.lines.add("setattr -mod -set keep_hierarchy 1 " + m);
        }
        s.lines.add("hierarchy -check -top " + design.top());
        return s;
    }

    public YosysScript then(String command) {
        lines.add(command);
        return this;
    }

    /** {@code stat -json} of the whole design into {@code file}. */
    public YosysScript statJsonTo(String file) {
        return then("tee -q -o " + file + " stat -json");
    }

    public String text() {
        return String.join("\n", lines) + "\n";
    }

    /** Writes the script as {@code workDir/name.ys} and runs it there, logging to {@code name.log}. */
    public void run(ToolRunner runner, Path workDir, String name) {
        AtomicFiles.writeString(workDir.resolve(name + ".ys"), text());
        runner.run(workDir, name + ".log", List.of("yosys", "-Q", "-s", name + ".ys"));
    }
}
