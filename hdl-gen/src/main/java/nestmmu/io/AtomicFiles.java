package nestmmu.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes that never leave a half-written file: the content goes to a temporary file next to the
 * target, which is then renamed over it. A directory that cannot be written is a {@link BadInputException}.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Something that writes a file's whole content into the path it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path tmp) throws IOException;
    }

    public static void writeString(Path target, String content) {
        write(target, tmp -> Files.writeString(tmp, content, StandardCharsets.UTF_8));
    }

    public static void writeBytes(Path target, byte[] content) {
        write(target, tmp -> Files.write(tmp, content));
    }

    /** Runs {@code writer} on a temporary file in the target's directory, then renames it into place. */
    public static void write(Path target, Writer writer) {
        Path dir = ensureDirectory(target.toAbsolutePath().getParent());
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            writer.writeTo(tmp);
            move(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw new BadInputException("cannot write " + target + ": " + describe(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after its target
                }
            }
        }
    }

    /**
     * Creates {@code dir} (and parents) or fails with a one-line error naming it. Also checks that
     * the directory is writable, so a later write does not fail halfway through a set of files.
     */
    public static Path ensureDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException("cannot write to " + dir + ": it is a file, not a directory");
        } catch (IOException e) {
            throw new BadInputException("cannot create directory " + dir + ": " + describe(e), e);
        }
        if (!Files.isWritable(dir)) {
            throw new BadInputException("cannot write to " + dir + ": permission denied");
        }
        return dir;
    }

    /**
     * Fills a whole directory at once: {@code filler} writes into a fresh temporary sibling of
     * {@code target}, which then replaces {@code target}. Readers see the old or the new set, never a mix.
     */
    public static void replaceDirectory(Path target, Writer filler) {
        Path abs = target.toAbsolutePath();
        Path parent = ensureDirectory(abs.getParent());
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".");
            filler.writeTo(tmp);
            if (Files.isDirectory(abs)) {
                Path old = Files.createTempDirectory(parent, "." + abs.getFileName() + ".old.");
                Files.delete(old);
                Files.move(abs, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            }
            tmp = null;
        } catch (IOException e) {
            throw new BadInputException("cannot write " + abs + ": " + describe(e), e);
        } finally {
            if (tmp != null) deleteTree(tmp);
        }
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // leftover temporary files are hidden; do not mask the real error
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
