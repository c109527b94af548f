package nestmmu.sim.report;

import java.nio.file.Files;
import java.nio.file.Path;

import nestmmu.io.BadInputException;

/**
 * Checks before any work that a report directory can be written, so a long run does not end in
 * an error, and creates nothing: the report appears whole at the end or not at all.
 */
public final class OutputDirectory {
    private OutputDirectory() {}

    /** {@code dir} may be created or replaced; otherwise a one-line {@link BadInputException} naming {@code flag}. */
    public static void check(String flag, Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new BadInputException(flag + ": " + dir + " is a file, not a directory");
        }
        Path parent = abs.getParent();
        if (parent == null) throw new BadInputException(flag + ": cannot replace the root directory");
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null || !Files.isDirectory(existing)) {
            throw new BadInputException(flag + ": cannot create " + dir + ": " + existing + " is not a directory");
        }
        if (!Files.isWritable(existing)) {
            throw new BadInputException(flag + ": cannot write to " + existing + ": permission denied");
        }
    }
}
