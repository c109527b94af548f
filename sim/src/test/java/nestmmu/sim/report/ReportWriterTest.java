package nestmmu.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nestmmu.io.BadInputException;

/** The report directory: its files exist, decode, and hold what the JSON says; it is written whole. */
class ReportWriterTest {
    private static final Pattern ROW = Pattern.compile("<tr class=\"[^\"]*\" data-mode=\"(\\w+)\" data-guest-page=\"(\\w+)\""
            + " data-host-page=\"(\\w+)\" data-walk-caches=\"(\\w+)\">(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("<td class=\"n\" data-key=\"(\\w+)\" data-value=\"([^\"]*)\">");
    private static final Pattern IMG = Pattern.compile("<img src=\"([^\"]+)\"");
    private static final Pattern FINDING = Pattern.compile("<li data-topic=\"(\\w+)\">(.*?)</li>");

    @TempDir
    Path tmp;

    @Test
    void theHtmlHoldsEveryNumberOfTheJsonAndTheChartsDecode() throws IOException {
        Comparison c = Comparisons.of(Comparisons.PTUPDATE);
        Path dir = tmp.resolve("report");
        ReportWriter.write(dir, Report.of(c));

        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve(ReportWriter.JSON))).getAsJsonObject();
        JsonArray rows = json.getAsJsonArray("rows");
        assertThat(rows).hasSize(26);
        String html = Files.readString(dir.resolve(ReportWriter.HTML));
        Map<String, Map<String, String>> htmlRows = htmlRows(html);
        assertThat(htmlRows).hasSize(rows.size());
        for (JsonElement e : rows) {
            JsonObject r = e.getAsJsonObject();
            String key = key(r.get("mode").getAsString(), r.get("guestPage").getAsString(), r.get("hostPage").getAsString(),
                    r.get("walkCaches").getAsString());
            Map<String, String> cells = htmlRows.get(key);
            assertThat(cells).as(key).isNotNull();
            assertThat(cells.keySet()).containsExactly("translations", "tlbMissRate", "walks", "avgRefsPerWalk", "walkCycles",
                    "vmExits", "vmmCycles", "totalCycles", "cyclesPerAccess", "overheadVsNative");
            for (Map.Entry<String, String> cell : cells.entrySet()) {
                assertThat(Double.parseDouble(cell.getValue())).as(key + " " + cell.getKey())
                        .isEqualTo(r.get(cell.getKey()).getAsDouble());
            }
        }

        List<String> images = all(IMG, html, 1);
        assertThat(images).containsExactly(ReportWriter.overheadChart("ptupdate"), ReportWriter.refsChart("ptupdate"));
        for (String img : images) {
            BufferedImage png = ImageIO.read(dir.resolve(img).toFile());
            assertThat(png).as(img).isNotNull();
            assertThat(png.getWidth()).isEqualTo(Charts.WIDTH);
            assertThat(png.getHeight()).isEqualTo(Charts.HEIGHT);
        }

        JsonArray findings = json.getAsJsonArray("findings");
        Matcher m = FINDING.matcher(html);
        int i = 0;
        while (m.find()) {
            JsonObject f = findings.get(i++).getAsJsonObject();
            assertThat(m.group(1)).isEqualTo(f.get("topic").getAsString());
            assertThat(unescape(m.group(2))).isEqualTo(f.get("text").getAsString());
        }
        assertThat(i).isEqualTo(findings.size()).isGreaterThanOrEqualTo(5);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(ReportWriter.JSON,
                    ReportWriter.HTML, ReportWriter.overheadChart("ptupdate"), ReportWriter.refsChart("ptupdate"));
        }
    }

    @Test
    void aSuiteShowsEveryWorkloadAndTheGainChart() throws IOException {
        Report r = Report.suite("suite", List.of(Comparisons.of(Comparisons.PTUPDATE), Comparisons.of(Comparisons.RANDOM)),
                List.of(new Report.Step("warm up", "passed", "nothing to it", Map.of("n", 1))));
        Path dir = tmp.resolve("suite");
        ReportWriter.write(dir, r);
        String html = Files.readString(dir.resolve(ReportWriter.HTML));
        assertThat(all(IMG, html, 1)).containsExactly(ReportWriter.GAIN_CHART, "ptupdate-overhead.png",
                "ptupdate-refs-per-walk.png", "random-overhead.png", "random-refs-per-walk.png");
        for (String img : all(IMG, html, 1)) assertThat(ImageIO.read(dir.resolve(img).toFile())).as(img).isNotNull();
        assertThat(htmlRows(html)).hasSize(26); // keyed by setup: the second section has the same keys
        assertThat(html).contains("<section id=\"ptupdate\"", "<section id=\"random\"", "data-step=\"warm up\"");
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve(ReportWriter.JSON))).getAsJsonObject();
        assertThat(json.keySet()).containsExactly("title", "steps", "baseline", "findings", "comparisons");
        assertThat(json.getAsJsonArray("comparisons")).hasSize(2);
        assertThat(json.getAsJsonArray("steps").get(0).getAsJsonObject().get("outcome").getAsString()).isEqualTo("passed");
    }

    @Test
    void writingReplacesTheDirectoryWholeAndTheSameReportGivesTheSameBytes() throws IOException {
        Path dir = tmp.resolve("out");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("stale.txt"), "from an earlier run");
        Report r = Report.of(Comparisons.of(Comparisons.CTXSWITCH));
        ReportWriter.write(dir, r);
        assertThat(dir.resolve("stale.txt")).doesNotExist();
        Map<String, byte[]> first = contents(dir);
        ReportWriter.write(dir, r);
        Map<String, byte[]> second = contents(dir);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (String name : first.keySet()) assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out");
        }
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsOneLineOfBadInputAndNothingIsLeft() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> OutputDirectory.check("--out", file)).isInstanceOf(BadInputException.class)
                .hasMessage("--out: " + file + " is a file, not a directory");
        assertThatThrownBy(() -> OutputDirectory.check("--out", file.resolve("sub")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("is not a directory");
        assertThatThrownBy(() -> OutputDirectory.check("--out", Path.of("/proc/nestmmu-report")))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("--out: cannot write to /proc");
        assertThatThrownBy(() -> ReportWriter.write(Path.of("/proc/nestmmu-report"), Report.of(Comparisons.of(Comparisons.CTXSWITCH))))
                .isInstanceOf(BadInputException.class).hasMessageNotContaining("\n");
        OutputDirectory.check("--out", tmp.resolve("new/deeper"));
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("plain.txt");
        }
    }

    private static Map<String, Map<String, String>> htmlRows(String html) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            Map<String, String> cells = new LinkedHashMap<>();
            Matcher c = CELL.matcher(m.group(5));
            while (c.find()) cells.put(c.group(1), c.group(2));
            rows.put(key(m.group(1), m.group(2), m.group(3), m.group(4)), cells);
        }
        return rows;
    }

    private static String key(String mode, String guest, String host, String walkCaches) {
        return mode + " " + guest + "/" + host + " " + walkCaches;
    }

    private static List<String> all(Pattern p, String text, int group) {
        List<String> list = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) list.add(m.group(group));
        return list;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir).sorted()) {
            for (Path p : (Iterable<Path>) files::iterator) m.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return m;
    }
}
