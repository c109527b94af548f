package nestmmu.sim.workload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The recorded program that ships on the class path: valgrind lackey's trace of
 * {@code wordcount.c}, gzipped ({@code sim/src/main/resources/traces/}). For benches and demos
 * that must not depend on where the project was checked out.
 */
public final class BundledTrace {
    /** The class-path resource. */
    public static final String RESOURCE = "/traces/wordcount.lackey.gz";
    /** The same file relative to the project root. */
    public static final String PROJECT_PATH = "sim/src/main/resources" + RESOURCE;

    private BundledTrace() {}

    /** The gzipped bytes as stored. */
    public static InputStream openCompressed() throws IOException {
        InputStream in = BundledTrace.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IOException("the bundled trace " + RESOURCE + " is not on the class path");
        return in;
    }

    /** The whole trace as a workload, read (and inflated) from the class path at every open. */
    public static Workload workload() {
        return new NamedWorkload(Workloads.LACKEY + "(class path)" + RESOURCE, () -> {
            try {
                return new LackeyReader(openCompressed(), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The trace's first lines, up to {@code limit} bytes of text, as a workload read from memory. */
    public static Workload prefixWorkload(int limit) throws IOException {
        byte[] text = inflatedPrefix(limit);
        return new NamedWorkload(Workloads.LACKEY + "(first " + text.length + " bytes of)" + RESOURCE,
                () -> new LackeyReader(new ByteArrayInputStream(text), RESOURCE));
    }

    /** The first {@code limit} bytes of the inflated trace, cut at a line's end. */
    public static byte[] inflatedPrefix(int limit) throws IOException {
        try (InputStream in = new GZIPInputStream(openCompressed(), 1 << 16)) {
            byte[] bytes = in.readNBytes(limit);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') end--;
            return Arrays.copyOf(bytes, end);
        }
    }
}
