package nestmmu.cli;

import static nestmmu.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;


/** {@code ./mmu compare} through the real command line: the JSON shape, the labels, the files, bad input. */
@ExtendWith(Cli.class)
class CompareCommandTest {
    private static final String SMALL = "synthetic:ptupdate,accesses=1500";
    private static final List<String> CONTRACT = List.of("mode", "guestPage", "hostPage", "walkCaches", "translations",
            "tlbMissRate", "walks", "avgRefsPerWalk", "walkCycles", "vmExits", "vmmCycles", "totalCycles",
            "cyclesPerAccess", "overheadVsNative");

    @TempDir
    Path tmp;

    @Test
    void jsonHasTheContractKeysOnEveryRowAndEverySetupOnce() {
        Cli.Result r = run("compare", "--workload", SMALL, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).as("no progress bar off a terminal").isEmpty();
        JsonObject j = r.json();
        assertThat(j.keySet()).contains("rows", "workload", "config", "baseline", "findings");
        assertThat(j.get("workload").getAsString()).isEqualTo(SMALL);
        JsonArray rows = j.getAsJsonArray("rows");
        assertThat(rows).hasSize(26);
        List<String> labels = new ArrayList<>();
        for (JsonElement e : rows) {
            JsonObject row = e.getAsJsonObject();
            assertThat(new ArrayList<>(row.keySet()).subList(0, CONTRACT.size())).isEqualTo(CONTRACT);
            String mode = row.get("mode").getAsString();
            String guest = row.get("guestPage").getAsString();
            String host = row.get("hostPage").getAsString();
            assertThat(mode).isIn("native", "shadow", "nested");
            assertThat(guest).isIn("4K", "2M", "1G");
            assertThat(host).isIn("4K", "2M", "1G");
            if (mode.equals("native")) {
                assertThat(host).as("a native row has one page size").isEqualTo(guest);
                assertThat(row.get("overheadVsNative").getAsDouble()).isZero();
                assertThat(row.get("vmExits").getAsLong()).isZero();
            }
            if (mode.equals("nested")) assertThat(row.get("vmExits").getAsLong()).isZero();
            labels.add(mode + " " + guest + "/" + host + " " + row.get("walkCaches").getAsBoolean());
        }
        assertThat(labels).doesNotHaveDuplicates().contains("native 4K/4K true", "shadow 2M/4K false", "nested 1G/1G true",
                "nested 4K/2M false");
    }

    @Test
    void textShowsBothTablesTheBaselineAndTheFindings() {
        Cli.Result r = run("compare", "--workload", SMALL, "--exit-cost", "ptWrite=5000", "--mem-latency", "30");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("walk caches on", "walk caches off", "baseline", "overheadVsNative = totalCycles",
                "Findings", "1. Nested paging beats shadow paging", "memLatency 30");
        Cli.Result json = run("compare", "--workload", SMALL, "--exit-cost", "ptWrite=5000", "--mem-latency", "30", "--json");
        JsonObject j = json.json();
        assertThat(j.getAsJsonObject("exitCosts").get("ptWrite").getAsLong()).isEqualTo(5000);
        assertThat(j.get("memLatency").getAsInt()).isEqualTo(30);
    }

    @Test
    void outWritesTheSameJsonAsPrintedWithChartsAndAPage() throws IOException {
        Path dir = tmp.resolve("report");
        Cli.Result r = run("compare", "--workload", SMALL, "--json", "--out", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("summary.json"))).isEqualTo(r.out());
        assertThat(dir.resolve("index.html")).exists();
        assertThat(dir.resolve("ptupdate-overhead.png")).exists();
        assertThat(dir.resolve("ptupdate-refs-per-walk.png")).exists();
        assertThat(r.err()).contains("compare: wrote " + dir.resolve("index.html"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown kind     | --workload=synthetic:frob                        | unknown synthetic kind 'frob'",
        "missing trace    | --workload=lackey:no/such.lackey                 | no such file 'no/such.lackey'",
        "missing config   | --config=no/such.json                            | no/such.json: no such config file",
        "bad latency      | --mem-latency=0                                  | --mem-latency: must be between 1 and 100000",
        "bad exit reason  | --exit-cost=bogus=1                              | --exit-cost: unknown exit reason 'bogus'",
        "bad thread count | --threads=0                                      | --threads: must be between 1 and 1024",
        "unknown engine   | --engine=quantum                                 | --engine: unknown engine 'quantum'",
    })
    void badInputIsOneLineExitTwoAndWritesNothing(String what, String flag, String message) {
        Path dir = tmp.resolve("never");
        List<String> args = new ArrayList<>(List.of("compare", "--out", dir.toString(), flag));
        if (!flag.startsWith("--workload")) args.addAll(List.of("--workload", SMALL));
        Cli.Result r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("mmu compare: error: ").contains(message);
        assertThat(dir).doesNotExist();
    }

    @Test
    void anOutDirectoryThatCannotBeWrittenIsRefusedBeforeAnyWork() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Cli.Result r = run("compare", "--workload", SMALL, "--out", file.resolve("report").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("--out: cannot create").contains("is not a directory");
        assertThat(r.out()).isEmpty();
        Cli.Result proc = run("compare", "--workload", SMALL, "--out", "/proc/nestmmu-compare-test");
        assertThat(proc.code()).isEqualTo(2);
        assertThat(proc.err().strip()).doesNotContain("\n").contains("--out: cannot write to /proc");
    }

    @Test
    void aTraceThatFailsHalfwayLeavesNoReportBehind() throws IOException {
        Path trace = tmp.resolve("t.trace");
        Files.writeString(trace, "r 0x1000\nw 0x2000\nfrob 12\n");
        Path dir = tmp.resolve("report");
        Cli.Result r = run("compare", "--workload", "trace:" + trace, "--out", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("t.trace:3").contains("frob");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("t.trace");
        }
    }
}
