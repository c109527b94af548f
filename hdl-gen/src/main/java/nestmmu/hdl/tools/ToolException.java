package nestmmu.hdl.tools;

/** An HDL tool rejected a design, or could not run; the message carries the tool's own output. */
public final class ToolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ToolException(String message) {
        super(message);
    }
}
