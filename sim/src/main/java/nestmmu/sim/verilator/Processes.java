package nestmmu.sim.verilator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import nestmmu.io.BadInputException;

/** Runs one external tool and keeps what it printed (stdout and stderr, interleaved). */
final class Processes {
    private Processes() {}

    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    static Result run(List<String> command, Path workingDirectory) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (workingDirectory != null) pb.directory(workingDirectory.toFile());
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new BadInputException("cannot run " + command.get(0) + " (is it installed and on PATH?): "
                    + e.getMessage(), e);
        }
        try (InputStream out = process.getInputStream()) {
            process.getOutputStream().close();
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), text);
        } catch (IOException e) {
            process.destroyForcibly();
            throw new IllegalStateException("reading the output of " + command.get(0) + " failed", e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + command.get(0) + " ran", e);
        }
    }

    /** Runs the command and returns its output, or throws with the tool's first error lines. */
    static String check(List<String> command, Path workingDirectory, String what) {
        Result r = run(command, workingDirectory);
        if (!r.ok()) throw VerilatorBuildException.from(what, r.output(), workingDirectory);
        return r.output();
    }
}
