package nestmmu.sim.workload;

/**
 * A workload's events, read one at a time in constant memory (traces may be gigabytes).
 * A malformed input is a {@link nestmmu.io.BadInputException} naming the file and line.
 */
public interface EventStream extends AutoCloseable {
    /** The next event, or {@code null} at the end. */
    Event next();

    /** Where the stream is, for messages: "trace.txt:1234", "synthetic event 17". */
    String position();

    @Override
    void close();
}
