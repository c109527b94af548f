package nestmmu.fpga.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nestmmu.fpga.flow.Design;
import nestmmu.fpga.flow.FlowDirectory;
import nestmmu.fpga.flow.ToolRunner;
import nestmmu.fpga.flow.VerilogSource;
import nestmmu.io.AtomicFiles;
import nestmmu.io.BadInputException;

/**
 * Runs a Verilog testbench with Icarus against a design, either as written ({@link #rtl}) or
 * after {@code synth_ice40} ({@link #ice40Netlist}: the gate-level netlist from
 * {@code write_verilog -noattr}, simulated with yosys' iCE40 cell models). The second shows
 * that synthesis kept the behaviour the testbench checks.
 *
 * <p>The testbench talks to the top only through its ports (a netlist has no other names),
 * instantiates it without parameter overrides (the netlist has none; override with
 * {@link Design#withParameter}, which yosys applies), prints a line starting with {@code PASS}
 * when every check held or {@code FAIL} when one did not, and ends with {@code $finish}.
 * A FAIL line, a non-zero exit of {@code vvp} or no verdict at all is a failed result, not an
 * exception; a testbench that does not compile is a {@link nestmmu.fpga.flow.ToolFailedException}.
 *
 * <p>Output directory: {@code netlist.ys}/{@code netlist.log}/{@code netlist.v} (netlist runs),
 * {@code src/}, {@code iverilog.log}, {@code sim.vvp}, {@code simulation.log}.
 */
public final class NetlistSimulation {
    public static final String NETLIST = Ice40Netlist.FILE;
    public static final String LOG = "simulation.log";

    private final ToolRunner runner;

    public NetlistSimulation(ToolRunner runner) {
        this.runner = runner;
    }

    /** Synthesizes {@code design} for iCE40 and runs {@code testbench} (module {@code testbenchTop}) on the netlist. */
    public SimulationResult ice40Netlist(Design design, VerilogSource testbench, String testbenchTop, Path out) {
        return run(out, work -> {
            Ice40Netlist n = Ice40Netlist.synthesize(design, work, runner);
            return List.of("-D" + Ice40Netlist.DEFINE, testbench.materialize(work), NETLIST, n.cellModels().toString());
        }, testbenchTop);
    }

    /**
     * Runs {@code testbench} on the netlist an {@link nestmmu.fpga.flow.Ice40Flow} run already made
     * ({@code netlist.json}, what nextpnr placed): yosys only converts it to Verilog, so no second
     * synthesis runs, and what is simulated is exactly what went into the bitstream.
     */
    public SimulationResult ice40FlowNetlist(Path netlistJson, VerilogSource testbench, String testbenchTop, Path out) {
        Path json = netlistJson.toAbsolutePath().normalize();
        if (!Files.isRegularFile(json)) throw new BadInputException("netlist " + json + ": no such file");
        if (json.toString().indexOf('"') >= 0) throw new BadInputException("netlist " + json + ": the path must not contain quotes");
        return run(out, work -> {
            AtomicFiles.writeString(work.resolve("convert.ys"), "read_json \"" + json + "\"\nwrite_verilog -noattr " + NETLIST + "\n");
            runner.run(work, "convert.log", List.of("yosys", "-Q", "-s", "convert.ys"));
            return List.of("-D" + Ice40Netlist.DEFINE, testbench.materialize(work), NETLIST, Ice40CellModels.path().toString());
        }, testbenchTop);
    }

    /** Runs {@code testbench} on {@code design}'s sources as written. */
    public SimulationResult rtl(Design design, VerilogSource testbench, String testbenchTop, Path out) {
        if (!design.parameters().isEmpty()) {
            throw new BadInputException("design " + design.top() + ": parameter overrides are applied by yosys,"
                    + " so only its netlist can be simulated with them");
        }
        return run(out, work -> {
            List<String> files = new ArrayList<>();
            files.add(testbench.materialize(work));
            for (VerilogSource s : design.sources()) files.add(s.materialize(work));
            return files;
        }, testbenchTop);
    }

    @FunctionalInterface
    private interface Preparation {
        /** Prepares the work directory and returns iverilog's arguments after the fixed ones. */
        List<String> sourcesIn(Path workDir);
    }

    private SimulationResult run(Path out, Preparation prepare, String testbenchTop) {
        int[] exit = new int[1];
        Path dir = FlowDirectory.produce(out, work -> {
            List<String> compile = new ArrayList<>(List.of("iverilog", "-g2012", "-s", testbenchTop, "-o", "sim.vvp"));
            compile.addAll(prepare.sourcesIn(work));
            runner.run(work, "iverilog.log", compile);
            exit[0] = runner.runAllowingFailure(work, LOG, List.of("vvp", "-n", "sim.vvp"));
        });
        return judge(readOutput(dir.resolve(LOG)), exit[0], dir);
    }

    static SimulationResult judge(List<String> output, int exitCode, Path dir) {
        String pass = null;
        for (String line : output) {
            String l = line.strip();
            if (l.startsWith("FAIL")) return new SimulationResult(false, l, output, dir);
            if (pass == null && l.startsWith("PASS")) pass = l;
        }
        if (exitCode != 0) {
            return new SimulationResult(false, "vvp exited with " + exitCode + (pass == null ? "" : " after " + pass), output, dir);
        }
        if (pass == null) {
            return new SimulationResult(false, "no verdict: the testbench printed no PASS or FAIL line", output, dir);
        }
        return new SimulationResult(true, pass, output, dir);
    }

    /** The simulation's output, without the command line the log starts with. */
    private static List<String> readOutput(Path log) {
        List<String> lines = new ArrayList<>(List.of(readAll(log).split("\n")));
        if (!lines.isEmpty() && lines.get(0).startsWith("$ ")) lines.remove(0);
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }

    private static String readAll(Path log) {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + log + ": " + e.getMessage(), e);
        }
    }
}
