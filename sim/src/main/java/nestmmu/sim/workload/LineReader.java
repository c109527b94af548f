package nestmmu.sim.workload;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import nestmmu.io.BadInputException;

/**
 * Reads a text file line by line as byte ranges of one reused buffer, so a parser can walk
 * gigabytes without creating a String per line. gzip input (recognized by its magic bytes, so
 * the file's name does not matter) is inflated on the fly. Lines end at {@code \n}; a
 * {@code \r} before it is dropped.
 */
final class LineReader implements AutoCloseable {
    static final int MAX_LINE_BYTES = 1 << 20;
    private static final int INITIAL_BUFFER = 1 << 16;
    private static final int GZIP_MAGIC_0 = 0x1f, GZIP_MAGIC_1 = 0x8b;

    private final InputStream in;
    private final String name;
    private byte[] buf = new byte[INITIAL_BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private long lineNumber;
    private int lineStart;
    private int lineEnd;

    /** Reads {@code in} (inflating gzip), naming it {@code name} in messages. */
    LineReader(InputStream in, String name) {
        this.name = name;
        this.in = inflateIfGzip(in, name);
    }

    /** Opens {@code path}; {@code name} is how messages spell it (usually the path as the user wrote it). */
    static LineReader open(Path path, String name) {
        try {
            return new LineReader(Files.newInputStream(path), name);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot open: " + e.getMessage(), e);
        }
    }

    /** Moves to the next line; false at the end of the input. */
    boolean nextLine() {
        int nl = indexOfNewline(pos);
        while (nl < 0 && !eof) {
            fill();
            nl = indexOfNewline(pos);
        }
        if (nl < 0) {
            if (pos == limit) return false;
            nl = limit; // the last line has no newline
        }
        lineNumber++;
        lineStart = pos;
        lineEnd = nl > lineStart && buf[nl - 1] == '\r' ? nl - 1 : nl;
        pos = Math.min(nl + 1, limit);
        return true;
    }

    /** The buffer that holds the current line; valid until the next call of {@link #nextLine()}. */
    byte[] buffer() { return buf; }

    int start() { return lineStart; }

    /** Index just past the current line's last character. */
    int end() { return lineEnd; }

    long lineNumber() { return lineNumber; }

    String name() { return name; }

    /** "trace.txt:17" */
    String position() { return name + ":" + lineNumber; }

    /** An error in the current line, for the parser to throw. */
    BadInputException error(String message) {
        return new BadInputException(position() + ": " + message);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was written; a failed close of an input loses nothing
        }
    }

    private int indexOfNewline(int from) {
        byte[] b = buf;
        for (int i = from, n = limit; i < n; i++) {
            if (b[i] == '\n') return i;
        }
        return -1;
    }

    /** Makes room after the unfinished line at {@code pos}, then reads more input behind it. */
    private void fill() {
        int pending = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, pending);
        } else if (pending == buf.length) {
            if (buf.length >= MAX_LINE_BYTES) {
                lineNumber++;
                throw error("line longer than " + MAX_LINE_BYTES + " bytes");
            }
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        pos = 0;
        limit = pending;
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) eof = true;
            else limit += n;
        } catch (EOFException e) {
            throw new BadInputException(name + ":" + (lineNumber + 1) + ": truncated gzip data", e);
        } catch (ZipException e) {
            throw new BadInputException(name + ":" + (lineNumber + 1) + ": corrupt gzip data (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new BadInputException(name + ":" + (lineNumber + 1) + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static InputStream inflateIfGzip(InputStream raw, String name) {
        BufferedInputStream in = new BufferedInputStream(raw, INITIAL_BUFFER);
        try {
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == GZIP_MAGIC_0 && b1 == GZIP_MAGIC_1) return new GZIPInputStream(in, INITIAL_BUFFER);
            return in;
        } catch (EOFException e) {
            throw new BadInputException(name + ": truncated gzip header", e);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
