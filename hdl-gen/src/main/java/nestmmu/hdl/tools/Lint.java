package nestmmu.hdl.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nestmmu.hdl.emit.Design;
import nestmmu.io.AtomicFiles;

/**
 * Runs the HDL tools over a design in a scratch directory and fails with the tools' own
 * messages: the checks every generated design must pass.
 * <pre>{@code
 * Lint.verilator(design);   // verilator --lint-only -Wall: no warning at all
 * Lint.yosys(design);       // hierarchy -check; proc; check -assert; synth
 * }</pre>
 */
public final class Lint {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private Lint() {}

    /** {@code verilator --lint-only -Wall}; any warning or error fails. */
    public static void verilator(Design design) {
        inScratch(design, dir -> {
            List<String> cmd = new ArrayList<>(List.of("verilator", "--lint-only", "-Wall", "--top-module", design.top()));
            cmd.addAll(design.files().keySet());
            ToolRun r = ToolRun.run(dir, TIMEOUT, cmd);
            if (!r.ok() || r.output().contains("%Warning") || r.output().contains("%Error")) {
                throw new ToolException("verilator lint of " + design.top() + " failed:\n" + r.output());
            }
            return null;
        });
    }

    /**
     * Reads the design into yosys, checks the hierarchy, runs {@code proc} and {@code check -assert}
     * (no undriven or multiply driven nets, no logic loops) and a generic {@code synth}.
     *
     * @return yosys' {@code stat} report of the synthesized top
     */
    public static String yosys(Design design) {
        return inScratch(design, dir -> {
            String script = "read_verilog " + String.join(" ", design.files().keySet())
                    + "; hierarchy -check -top " + design.top()
                    + "; proc; check -assert; synth -top " + design.top()
                    + "; tee -o .stat.txt stat";
            ToolRun r = ToolRun.run(dir, TIMEOUT, List.of("yosys", "-q", "-p", script));
            if (!r.ok() || r.output().contains("Warning")) {
                throw new ToolException("yosys check of " + design.top() + " failed:\n" + r.output());
            }
            try {
                return Files.readString(dir.resolve(".stat.txt"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Both checks. */
    public static void all(Design design) {
        verilator(design);
        yosys(design);
    }

    /** Writes the design into a fresh temporary directory, runs {@code work} there, then removes it. */
    static <R> R inScratch(Design design, Function<Path, R> work) {
        Path dir;
        try {
            dir = Files.createTempDirectory("nestmmu-" + design.top() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path rtl = dir.resolve("rtl");
            design.writeTo(rtl);
            return work.apply(rtl);
        } finally {
            AtomicFiles.deleteTree(dir);
        }
    }
}
