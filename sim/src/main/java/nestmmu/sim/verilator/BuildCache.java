package nestmmu.sim.verilator;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import nestmmu.io.AtomicFiles;
import nestmmu.io.BadInputException;

/**
 * A directory of build results, one subdirectory per key. An entry is built in a hidden temporary
 * directory and renamed into place, so a reader sees a complete entry or none. Builders of the
 * same key take a lock file first (and a lock inside this JVM, since file locks are per process),
 * so two processes asking for the same entry at once build it once; should a lock be unavailable,
 * the rename still keeps the entry whole.
 */
final class BuildCache {
    /** Fills a fresh directory with one entry's files. */
    @FunctionalInterface
    interface Builder {
        void build(Path dir) throws IOException;
    }

    /** Where an entry is, and whether this call had to build it. */
    record Entry(Path dir, boolean built) {}

    private static final long ABANDONED_AFTER_MILLIS = 3_600_000;
    private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path root;

    BuildCache(Path root) {
        this.root = root;
    }

    /** {@code $NESTMMU_CACHE/verilator}, or {@code ~/.cache/nestmmu/verilator}. */
    static BuildCache standard() {
        String env = System.getenv("NESTMMU_CACHE");
        Path base = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "nestmmu");
        return new BuildCache(base.toAbsolutePath().resolve("verilator"));
    }

    Path root() {
        return root;
    }

    Entry getOrBuild(String name, Builder builder) {
        Path dir = root.resolve(name);
        if (Files.isDirectory(dir)) return new Entry(dir, false);
        AtomicFiles.ensureDirectory(root);
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(dir, d -> new ReentrantLock());
        jvmLock.lock();
        try (FileChannel lockFile = FileChannel.open(root.resolve(name + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            if (Files.isDirectory(dir)) return new Entry(dir, false);  // built while we waited
            removeAbandoned(name);
            Path tmp = Files.createTempDirectory(root, "." + name + ".");
            try {
                builder.build(tmp);
                publish(tmp, dir);
            } finally {
                AtomicFiles.deleteTree(tmp);
            }
            return new Entry(dir, true);
        } catch (IOException e) {
            throw new BadInputException("build cache " + root + ": " + e.getMessage(), e);
        } finally {
            jvmLock.unlock();
        }
    }

    /**
     * Temporary directories of this key left by a builder that died. We hold the lock, so nobody
     * else is building it; the age test keeps a live builder's files safe even where locks are ignored.
     */
    private void removeAbandoned(String name) throws IOException {
        long cutoff = System.currentTimeMillis() - ABANDONED_AFTER_MILLIS;
        try (var entries = Files.list(root)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith("." + name + ".")).toList()) {
                if (Files.getLastModifiedTime(p).toMillis() < cutoff) AtomicFiles.deleteTree(p);
            }
        }
    }

    private static void publish(Path tmp, Path dir) throws IOException {
        try {
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename within " + dir.getParent() + " atomically", e);
        } catch (IOException e) {
            // Another builder (one without the lock, e.g. on a file system that ignores locks) won
            // the rename; same key, same content, so theirs serves.
            if (!Files.isDirectory(dir)) throw e;
        }
    }

    /** A short, stable hex digest of the given parts (each length-prefixed, so parts cannot run together). */
    static String key(Iterable<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
