package nestmmu.sim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nestmmu.io.BadInputException;

/**
 * Checks before any work that a report directory can be written, so a long run does not end in
 * an error, and leaves nothing behind: the report appears whole at the end or not at all.
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
        probe(flag, existing);
    }

    /** Makes and removes a hidden directory in {@code dir}: permission bits alone do not tell (root, read-only mounts). */
    private static void probe(String flag, Path dir) {
        try {
            Path p = Files.createTempDirectory(dir, ".nestmmu-probe");
            Files.delete(p);
        } catch (IOException | UnsupportedOperationException e) {
            throw new BadInputException(flag + ": cannot write to " + dir + ": "
                    + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage()));
        }
    }
}
