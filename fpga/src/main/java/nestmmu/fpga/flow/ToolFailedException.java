package nestmmu.fpga.flow;

import java.nio.file.Path;
import java.util.List;

/**
 * An external tool (yosys, nextpnr, icepack, iverilog) failed, was not found, or ran out of time.
 * The message is one line: the tool, its exit status, its own first error lines, and the log
 * that holds the whole story. Not a {@link nestmmu.io.BadInputException}: the tool may have
 * failed on a good design (a routing failure, a crash).
 */
public class ToolFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String tool;
    private final transient Path log;
    private final List<String> errorLines;

    public ToolFailedException(String tool, String status, List<String> errorLines, Path log) {
        super(tool + " " + status + (errorLines.isEmpty() ? "" : ": " + String.join(" / ", errorLines))
                + (log == null ? "" : " (log: " + log + ")"));
        this.tool = tool;
        this.log = log;
        this.errorLines = List.copyOf(errorLines);
    }

    /** The program that failed, e.g. {@code nextpnr-ice40}. */
    public String tool() { return tool; }

    /** The step's log file (the command line, then everything the tool printed); null when it never ran. */
    public Path log() { return log; }

    /** The tool's first error lines, as it printed them. */
    public List<String> errorLines() { return errorLines; }
}
