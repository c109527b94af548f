package nestmmu.hdl.testing;

/** The caller's source line, so a test can say which of its own lines an error must name. */
public final class Here {
    private Here() {}

    /** The line this call stands on; put it on the same line as the statement under test. */
    public static int line() {
        return StackWalker.getInstance().walk(s -> s.skip(1).findFirst().orElseThrow().getLineNumber());
    }
}
