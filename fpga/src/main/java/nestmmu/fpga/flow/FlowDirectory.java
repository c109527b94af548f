package nestmmu.fpga.flow;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import nestmmu.io.AtomicFiles;
import nestmmu.io.BadInputException;

/**
 * A flow's output directory, published all at once: the tools run in {@code OUT.work}, next to
 * {@code OUT}, which is renamed to {@code OUT} (replacing an earlier run) only when every step
 * succeeded. Readers of {@code OUT} see a whole earlier run or a whole new one. A failed run
 * leaves {@code OUT.work} behind with its logs, which the error message names; the next run
 * into the same directory clears it. Two flows must not write the same {@code OUT} at once.
 */
public final class FlowDirectory {
    private FlowDirectory() {}

    /** Steps that fill a work directory. */
    @FunctionalInterface
    public interface Steps {
        void runIn(Path workDir);
    }

    /** The work directory used for {@code out}: {@code OUT.work}. */
    public static Path workDirectoryOf(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".work");
    }

    /** Runs {@code steps} in a fresh {@code OUT.work}, then publishes it as {@code OUT}; returns {@code OUT}. */
    public static Path produce(Path out, Steps steps) {
        Path abs = out.toAbsolutePath().normalize();
        if (abs.getParent() == null) throw new BadInputException("output directory " + out + ": cannot be the root");
        AtomicFiles.ensureDirectory(abs.getParent());
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new BadInputException("output directory " + abs + ": it is a file, not a directory");
        }
        Path work = workDirectoryOf(abs);
        AtomicFiles.deleteTree(work);
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new BadInputException("cannot create directory " + work + ": " + e.getMessage(), e);
        }
        steps.runIn(work);
        publish(work, abs);
        return abs;
    }

    private static void publish(Path work, Path out) {
        Path old = out.resolveSibling("." + out.getFileName() + ".old");
        try {
            AtomicFiles.deleteTree(old);
            if (Files.exists(out)) move(out, old);
            move(work, out);
        } catch (IOException e) {
            throw new BadInputException("cannot publish " + work + " as " + out + ": " + e.getMessage(), e);
        } finally {
            AtomicFiles.deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
