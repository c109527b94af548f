package nestmmu.hdl.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one external tool in a directory and captures its output; stdout and stderr go to one log. */
public record ToolRun(List<String> command, int exitCode, String output) {

    public static ToolRun run(Path dir, Duration timeout, List<String> command) {
        Path log = dir.resolve(".tool-" + Path.of(command.get(0)).getFileName() + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new ToolException(command.get(0) + " could not be started (" + e.getMessage()
                    + "); install it (./mmu installs the hardware tools) or put it on PATH");
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new ToolException(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
            }
            return new ToolRun(command, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ToolException(command.get(0) + " was interrupted");
        } catch (IOException e) {
            throw new ToolException("cannot read the output of " + command.get(0) + ": " + e.getMessage());
        }
    }

    public boolean ok() {
        return exitCode == 0;
    }
}
