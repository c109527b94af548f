package nestmmu.fpga.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external tool as one step of a flow: in a given directory, with everything it prints
 * (stdout and stderr, after a first line holding the command) in a log file there, under a time
 * limit. A tool that is missing, exits non-zero or times out becomes a {@link ToolFailedException}
 * carrying the tool's own first error lines.
 */
public final class ToolRunner {
    /** Generous: a full place and route of a large config on two cores takes minutes, not hours. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(60);

    private static final int ERROR_LINES = 3;
    private static final Map<String, String> PACKAGES = Map.of(
            "yosys", "yosys", "nextpnr-ice40", "nextpnr-ice40", "icepack", "fpga-icestorm",
            "iverilog", "iverilog", "vvp", "iverilog");

    private final Duration timeout;

    public ToolRunner(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        this.timeout = timeout;
    }

    public static ToolRunner withDefaultTimeout() {
        return new ToolRunner(DEFAULT_TIMEOUT);
    }

    /** Runs {@code command} in {@code workDir}, logging to {@code workDir/logName}; throws unless it exits 0. */
    public void run(Path workDir, String logName, List<String> command) {
        int code = runAllowingFailure(workDir, logName, command);
        if (code != 0) throw failure(workDir, logName, command, code);
    }

    /** The exception {@link #run} throws for a tool that exited with {@code code}: its first error lines and its log. */
    public static ToolFailedException failure(Path workDir, String logName, List<String> command, int code) {
        Path log = workDir.resolve(logName);
        return new ToolFailedException(command.get(0), "failed (exit " + code + ")",
                LogExcerpt.errors(readLines(log), ERROR_LINES), log);
    }

    /**
     * Runs {@code command} and returns its exit code; only a missing tool or a timeout throw.
     * For tools whose failure is a result (a simulation whose testbench stops with an error).
     */
    public int runAllowingFailure(Path workDir, String logName, List<String> command) {
        Path log = workDir.resolve(logName);
        String tool = command.get(0);
        try {
            Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ToolFailedException(tool, "could not start", List.of("cannot write " + log + ": " + e.getMessage()), null);
        }
        Process p;
        try {
            p = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            String pkg = PACKAGES.getOrDefault(tool, tool);
            throw new ToolFailedException(tool, "could not start",
                    List.of(tool + " is not on the PATH (install it: apt-get install -y " + pkg
                            + "; ./mmu installs it when run as root)"), null);
        }
        try {
            p.getOutputStream().close(); // no tool here reads stdin; EOF keeps one from waiting on it
        } catch (IOException ignored) {
            // the tool already exited
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                throw new ToolFailedException(tool, "timed out after " + timeout.toSeconds() + " s",
                        LogExcerpt.errors(readLines(log), ERROR_LINES), log);
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ToolFailedException(tool, "was interrupted", List.of(), log);
        }
    }

    static List<String> readLines(Path log) {
        try {
            // tools sometimes print bytes that are not UTF-8 (file names, binary garbage)
            return List.of(new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1).split("\n"));
        } catch (IOException e) {
            return List.of();
        }
    }
}
