package nestmmu.io;

import java.io.IOException;

/** Whether output goes to a person at a terminal, so progress bars are worth drawing. */
public final class Terminal {
    private Terminal() {}

    /**
     * Whether this JVM's stderr is a terminal. {@link System#console()} answers for stdin and
     * stdout, which are often redirected while stderr still shows; a child that inherits stderr
     * and runs {@code test -t 2} answers for stderr itself.
     */
    public static boolean stderrIsTerminal() {
        try {
            Process p = new ProcessBuilder("test", "-t", "2").redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
