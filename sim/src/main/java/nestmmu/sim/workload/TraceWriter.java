package nestmmu.sim.workload;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import nestmmu.arch.AccessType;
import nestmmu.io.AtomicFiles;

/**
 * Writes events in the project's trace format, the one {@link TraceReader} reads: one event per
 * line, addresses and lengths in {@code 0x} hex, so that what it writes parses back to the same
 * events. Tools that produce cases for people to read (the fuzzer's shrunk failures) use it.
 */
public final class TraceWriter implements Closeable, Flushable {
    private final Writer out;

    public TraceWriter(Writer out) {
        this.out = out;
    }

    /** Writes ASCII to {@code out} through a buffer. */
    public TraceWriter(OutputStream out) {
        this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII), 1 << 16));
    }

    /** One line for {@code e}, without the newline: "map 0x1000 0x2000 rw-u", "w 0x1008", "cr3 2". */
    public static String format(Event e) {
        StringBuilder b = new StringBuilder(40);
        append(b, e);
        return b.toString();
    }

    public void write(Event e) {
        StringBuilder b = new StringBuilder(40);
        append(b, e);
        b.append('\n');
        put(b);
    }

    /** A {@code #} comment; each line of {@code text} becomes one comment line. */
    public void comment(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            b.append(line.isEmpty() ? "#" : "# ").append(line).append('\n');
        }
        put(b);
    }

    /** Writes every event of {@code events}; returns how many. */
    public long writeAll(EventStream events) {
        long n = 0;
        for (Event e = events.next(); e != null; e = events.next()) {
            write(e);
            n++;
        }
        return n;
    }

    /**
     * Writes {@code header} as a comment and then {@code events} to {@code path}, all or nothing
     * ({@link AtomicFiles}); gzip-compressed when the name ends in ".gz". Returns the event count.
     */
    public static long writeFile(Path path, String header, EventStream events) {
        long[] count = new long[1];
        AtomicFiles.write(path, tmp -> {
            try (OutputStream file = Files.newOutputStream(tmp);
                 OutputStream sink = path.getFileName().toString().endsWith(".gz")
                         ? new GZIPOutputStream(file, 1 << 16) : file;
                 TraceWriter w = new TraceWriter(sink)) {
                if (!header.isEmpty()) w.comment(header);
                count[0] = w.writeAll(events);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        return count[0];
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(StringBuilder b, Event e) {
        if (e instanceof Event.Access a) {
            b.append(accessWord(a.type()));
            if (!a.user()) b.append('s');
            hex(b.append(' '), a.va());
        } else if (e instanceof Event.Map m) {
            hex(hex(b.append("map "), m.va()).append(' '), m.length()).append(' ').append(m.perms().spelling());
        } else if (e instanceof Event.Unmap u) {
            hex(hex(b.append("unmap "), u.va()).append(' '), u.length());
        } else if (e instanceof Event.Protect p) {
            hex(hex(b.append("protect "), p.va()).append(' '), p.length()).append(' ').append(p.perms().spelling());
        } else if (e instanceof Event.SwitchProcess s) {
            b.append("cr3 ").append(s.pid());
        } else {
            throw new IllegalArgumentException("unknown event " + e);
        }
    }

    private static char accessWord(AccessType t) {
        switch (t) {
            case READ: return 'r';
            case WRITE: return 'w';
            case EXECUTE: return 'x';
            default: throw new IllegalArgumentException(t.toString());
        }
    }

    private static StringBuilder hex(StringBuilder b, long v) {
        return b.append("0x").append(Long.toHexString(v));
    }
}
