package nestmmu.sim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nestmmu.io.AtomicFiles;
import nestmmu.io.Json;

/**
 * Writes a report directory whole: {@code summary.json} (the report's JSON), for each workload
 * {@code NAME-overhead.png} and {@code NAME-refs-per-walk.png}, for several workloads
 * {@code nested-gain.png}, and {@code index.html}, which links them by relative paths. The
 * directory is filled beside the target and renamed into place, so a reader sees the old report
 * or the new one, never a mix, and a failure leaves the old one as it was.
 */
public final class ReportWriter {
    public static final String JSON = "summary.json";
    public static final String HTML = "index.html";
    public static final String GAIN_CHART = "nested-gain.png";

    private ReportWriter() {}

    public static void write(Path dir, Report report) {
        write(dir, report, Map.of());
    }

    /**
     * The report and, beside it, {@code files} (relative path to text, e.g. {@code rtl/mmu_top.v}),
     * all in the one atomic replacement of {@code dir}.
     */
    public static void write(Path dir, Report report, Map<String, String> files) {
        AtomicFiles.replaceDirectory(dir, tmp -> {
            readableByAll(tmp);
            for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
                Path target = tmp.resolve(f.getKey()).normalize();
                if (!target.startsWith(tmp) || target.equals(tmp)) {
                    throw new IllegalArgumentException("a report file must lie inside the report directory: " + f.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            }
            Files.writeString(tmp.resolve(JSON), Json.write(report.toMap()), StandardCharsets.UTF_8);
            List<String> names = report.names();
            for (int i = 0; i < names.size(); i++) {
                Comparison c = report.comparisons().get(i);
                Charts.writePng(Charts.overhead(c), tmp.resolve(overheadChart(names.get(i))));
                Charts.writePng(Charts.refsPerWalk(c), tmp.resolve(refsChart(names.get(i))));
            }
            if (report.comparisons().size() > 1) {
                Charts.writePng(Charts.nestedGain(report.comparisons(), names), tmp.resolve(GAIN_CHART));
            }
            Files.writeString(tmp.resolve(HTML), HtmlReport.render(report), StandardCharsets.UTF_8);
        });
    }

    /** A temporary directory is private to its owner; a report is for sharing, like any file the user writes. */
    private static void readableByAll(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    public static String overheadChart(String name) {
        return name + "-overhead.png";
    }

    public static String refsChart(String name) {
        return name + "-refs-per-walk.png";
    }
}
