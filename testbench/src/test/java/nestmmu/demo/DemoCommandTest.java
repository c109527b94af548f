package nestmmu.demo;

import static nestmmu.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nestmmu.cli.Cli;
import nestmmu.config.MmuConfig;
import nestmmu.sim.report.Comparison;
import nestmmu.sim.report.ComparisonOptions;
import nestmmu.sim.report.ComparisonRunner;
import nestmmu.sim.report.Finding;
import nestmmu.sim.report.SuiteFindings;
import nestmmu.sim.workload.Workload;

@ExtendWith(Cli.class)
class DemoCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theDemoWritesItsReportAndSaysWhere() throws IOException {
        Path dir = tmp.resolve("demo");
        Cli.Result r = run("demo", "--out", dir.toString(),
                "--workloads", "synthetic:ptupdate,accesses=1500; synthetic:random,pages=64,accesses=8000");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Findings across the workloads", dir.resolve("index.html").toString());
        for (String f : List.of("index.html", "summary.json", "nested-gain.png", "ptupdate-overhead.png",
                "ptupdate-refs-per-walk.png", "random-overhead.png", "random-refs-per-walk.png")) {
            assertThat(dir.resolve(f)).as(f).exists();
        }
        JsonObject j = JsonParser.parseString(Files.readString(dir.resolve("summary.json"))).getAsJsonObject();
        List<String> outcomes = new ArrayList<>();
        for (JsonElement e : j.getAsJsonArray("steps")) {
            JsonObject s = e.getAsJsonObject();
            outcomes.add(s.get("name").getAsString() + ": " + s.get("outcome").getAsString());
        }
        assertThat(outcomes).containsExactly("generate RTL: passed", "lockstep regression in Verilator: passed",
                "compare on synthetic:ptupdate,accesses=1500: passed",
                "compare on synthetic:random,pages=64,accesses=8000: passed");
        assertThat(j.getAsJsonArray("comparisons")).hasSize(2);

        JsonObject lockstep = j.getAsJsonArray("steps").get(1).getAsJsonObject().getAsJsonObject("figures");
        assertThat(lockstep.get("mismatches").getAsLong()).isZero();
        assertThat(lockstep.get("translations").getAsLong()).isGreaterThan(10_000);
        assertThat(lockstep.get("flushes").getAsLong()).isPositive();
        assertThat(lockstep.getAsJsonArray("runs")).hasSize(RtlSteps.RUNS.size());
        // the RTL beside the report is the committed RTL of the default config, byte for byte
        Path committed = Path.of("..", "rtl", "default");
        try (var files = Files.list(committed)) {
            List<Path> verilog = files.filter(f -> f.toString().endsWith(".v")).sorted().toList();
            assertThat(verilog).isNotEmpty();
            for (Path f : verilog) {
                assertThat(dir.resolve("rtl").resolve(f.getFileName().toString())).as(f.toString()).hasSameTextualContentAs(f);
            }
            try (var written = Files.list(dir.resolve("rtl"))) {
                assertThat(written.count()).isEqualTo(verilog.size());
            }
        }
    }

    @Test
    void withoutRtlTheDemoComparesOnly() throws IOException {
        Path dir = tmp.resolve("demo");
        Cli.Result r = run("demo", "--no-rtl", "--out", dir.toString(), "--workloads", "synthetic:random,pages=64,accesses=2000");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("rtl")).doesNotExist();
        JsonObject j = JsonParser.parseString(Files.readString(dir.resolve("summary.json"))).getAsJsonObject();
        assertThat(j.getAsJsonArray("steps")).hasSize(1);
    }

    @Test
    void theSameDemoWritesTheSameReport() throws IOException {
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        String w = "synthetic:ptupdate,accesses=800";
        assertThat(run("demo", "--out", a.toString(), "--workloads", w).code()).isZero();
        assertThat(run("demo", "--out", b.toString(), "--workloads", w).code()).isZero();
        assertThat(a.resolve("summary.json")).hasSameTextualContentAs(b.resolve("summary.json"));
        assertThat(a.resolve("index.html")).hasSameTextualContentAs(b.resolve("index.html"));
    }

    @Test
    void theBundledSyntheticSuiteShowsBothFindings() {
        long seed = 1;
        List<Comparison> suite = new ArrayList<>();
        for (String spec : DemoWorkloads.SYNTHETIC) {
            Workload w = DemoWorkloads.parse(spec, seed).get(0);
            suite.add(ComparisonRunner.run(w, MmuConfig.defaults(), ComparisonOptions.defaults()));
        }
        List<Finding> findings = SuiteFindings.of(suite);
        Finding nested = findings.stream().filter(f -> f.topic().equals("nestedWins")).findFirst().orElseThrow();
        Finding shadow = findings.stream().filter(f -> f.topic().equals("shadowWins")).findFirst().orElseThrow();
        assertThat(nested.figures()).containsOnlyKeys("synthetic:ptupdate", "synthetic:ctxswitch");
        assertThat(shadow.figures()).containsOnlyKeys("synthetic:random,pages=1024,accesses=300000");
    }

    @Test
    void theBundledTraceIsNamedByItsPathInTheProject() {
        Workload w = DemoWorkloads.suite(Path.of(".."), 1).get(3);
        assertThat(w.spec()).isEqualTo("lackey:sim/src/main/resources/traces/wordcount.lackey.gz");
        try (var events = w.open()) {
            assertThat(events.next()).isNotNull();
        }
    }

    @Test
    void badWorkloadsAndAMissingTraceAreOneLineExitTwo() {
        Cli.Result r = run("demo", "--out", tmp.resolve("x").toString(), "--workloads", "synthetic:frob");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("unknown synthetic kind 'frob'");
        Cli.Result empty = run("demo", "--out", tmp.resolve("x").toString(), "--workloads", " ; ");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("--workloads: no workload given");
        assertThat(tmp.resolve("x")).doesNotExist();
        System.setProperty("nestmmu.root", tmp.toString());
        try {
            Cli.Result noTrace = run("demo", "--config", "../rtl/configs/default.json", "--out", tmp.resolve("x").toString());
            assertThat(noTrace.code()).isEqualTo(2);
            assertThat(noTrace.err().strip()).doesNotContain("\n")
                    .contains("the bundled trace sim/src/main/resources/traces/wordcount.lackey.gz is not under " + tmp);
        } finally {
            System.setProperty("nestmmu.root", "..");
        }
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
