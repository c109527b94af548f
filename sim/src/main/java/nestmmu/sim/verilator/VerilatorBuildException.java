package nestmmu.sim.verilator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nestmmu.io.BadInputException;

/**
 * Verilator (or the C++ compiler after it) refused a design. The message is one line: what was
 * being built and the tool's own first error lines, with paths shown relative to the design's
 * sources; {@link #log()} keeps everything the tool printed.
 */
public final class VerilatorBuildException extends BadInputException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN_ERRORS = 3;

    private final List<String> errors;
    private final String log;

    private VerilatorBuildException(String message, List<String> errors, String log) {
        super(message);
        this.errors = List.copyOf(errors);
        this.log = log;
    }

    /** The tool's error lines, first to last. */
    public List<String> errors() {
        return errors;
    }

    /** Everything the tool printed. */
    public String log() {
        return log;
    }

    static VerilatorBuildException from(String what, String output, Path sourceDir) {
        String text = sourceDir == null ? output : output.replace(sourceDir.toAbsolutePath() + "/", "");
        List<String> errors = errorLines(text);
        List<String> shown = errors.subList(0, Math.min(SHOWN_ERRORS, errors.size()));
        String more = errors.size() > SHOWN_ERRORS ? " (and " + (errors.size() - SHOWN_ERRORS) + " more)" : "";
        return new VerilatorBuildException(what + " failed: " + String.join(" | ", shown) + more, errors, text);
    }

    /** Verilator's "%Error..." lines, a compiler's "error:" lines, or else the last lines printed. */
    static List<String> errorLines(String output) {
        List<String> errors = new ArrayList<>();
        List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (String line : lines) {
            boolean verilator = line.startsWith("%Error") && !line.startsWith("%Error: Exiting due to");
            boolean compiler = line.contains(": error:") || line.contains(": fatal error:")
                    || line.contains("undefined reference to");
            if (verilator || compiler) errors.add(line);
        }
        if (errors.isEmpty()) errors.addAll(lines.subList(Math.max(0, lines.size() - SHOWN_ERRORS), lines.size()));
        if (errors.isEmpty()) errors.add("(the tool printed nothing)");
        return errors;
    }
}
