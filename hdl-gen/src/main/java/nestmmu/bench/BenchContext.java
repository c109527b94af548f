package nestmmu.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a bench may use: the project root (for configs and bundled traces), a scratch directory,
 * a place for progress messages (stderr), and whether a quick run was asked for (fewer and
 * shorter iterations, used by the tests that check every figure is produced).
 */
public record BenchContext(Path root, Path scratch, PrintStream log, boolean quick) {

    /** Measurement settings: full runs use ≥ 3 measured iterations so an error can be given. */
    public Measure.Settings settings() {
        return quick ? new Measure.Settings(1, 3, 50) : new Measure.Settings(3, 5, 1000);
    }
}
