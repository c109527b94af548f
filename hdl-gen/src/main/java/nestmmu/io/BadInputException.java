package nestmmu.io;

/**
 * A user's input is wrong: a config field, a trace line, a flag, a workload spec, a file.
 * The message is one line that names what is wrong and where; the CLI prints it and exits 2.
 * Hardware faults are never reported this way: they are results.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The same problem, prefixed with where it was found (a file name, "line 12", a flag). */
    public BadInputException at(String where) {
        return new BadInputException(where + ": " + getMessage(), this);
    }
}
