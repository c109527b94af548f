package nestmmu.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trace far larger than what may be kept in memory streams through in constant memory. The
 * file is gzipped (it repeats, so it is small on disk); {@code -Dnestmmu.bigtrace.mb=1024}
 * streams a full gigabyte.
 */
class LargeTraceStreamingTest {
    private static final long MIB = 1 << 20;
    private static final long ALLOWED_GROWTH = 48 * MIB;

    @Test
    @DisplayName("a lackey trace of hundreds of MB streams in bounded memory")
    void streamsInBoundedMemory(@TempDir Path dir) throws IOException {
        long megabytes = Long.getLong("nestmmu.bigtrace.mb", 256);
        byte[] block = lackeyBlock();
        long blocks = megabytes * MIB / block.length;
        Path file = dir.resolve("big.lackey.gz");
        try (OutputStream out = fastGzip(Files.newOutputStream(file))) {
            for (long i = 0; i < blocks; i++) out.write(block);
        }
        long linesPerBlock = countLines(block);

        Runtime rt = Runtime.getRuntime();
        long baseline = usedAfterGc(rt);
        long peak = 0;
        long events = 0;
        try (EventStream s = Workloads.parse("lackey:" + file).open()) {
            for (Event e = s.next(); e != null; e = s.next()) {
                if (++events % 8_000_000 == 0) peak = Math.max(peak, usedAfterGc(rt) - baseline);
            }
        }
        // each block holds fetches and loads, one modify (two events) per 16 lines
        assertThat(events).isEqualTo(blocks * (linesPerBlock + linesPerBlock / 16));
        assertThat(peak).as("heap growth while streaming %d MB", megabytes).isLessThan(ALLOWED_GROWTH);
    }

    private static OutputStream fastGzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    /** 64 KiB of lackey lines: fetches and loads, and every 16th line a modify; none crosses a page. */
    private static byte[] lackeyBlock() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 65_000; i++) {
            if (i % 16 == 15) b.append(" M ").append(Long.toHexString(0x7ff000000L + i * 8L)).append(",8\n");
            else if (i % 2 == 0) b.append("I  ").append(Long.toHexString(0x401000L + i * 4L)).append(",4\n");
            else b.append(" L ").append(Long.toHexString(0x10000000L + i * 4096L)).append(",4\n");
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static long countLines(byte[] block) {
        long n = 0;
        for (byte c : block) if (c == '\n') n++;
        return n;
    }

    private static long usedAfterGc(Runtime rt) {
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
