package nestmmu.hdl.ir;

/**
 * The line of generator code that created a piece of hardware, so that an elaboration error can
 * point at the Java statement to fix. {@link #UNKNOWN} when no user frame was on the stack.
 */
public record SourceLocation(String file, int line, String className, String method) {
    public static final SourceLocation UNKNOWN = new SourceLocation("?", 0, "?", "?");

    /** {@code Counter.java:42}, the form editors and build logs make clickable. */
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
