package nestmmu.cli;

import static nestmmu.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to every subcommand: each row is a command line with one thing wrong. Every one
 * exits 2 with one line on stderr that names the problem, prints nothing on stdout, and leaves
 * the output it was asked to write as it was (absent, or the directory it replaces unchanged).
 * {@code fuzz} and {@code prove} keep their rows beside their own tests. A sweep item whose config or
 * workload is bad is not bad input to {@code sweep}: it is a failing item, reported with its replay
 * command while the others go on (testbench/README.sweep.md).
 */
@ExtendWith(Cli.class)
class BadInputTest {
    @TempDir
    static Path dir;

    /** A command line ({@code {d}} is the fixture directory), what stderr must name, and a path that must not appear. */
    record Row(String command, String names, String untouched) {
        @Override
        public String toString() {
            return command.replace("{d}/", "");
        }
    }

    static final String CONFIG = "{\"name\": \"x\", \"physAddrBits\": 40, \"vmidBits\": 8, \"asidBits\": 12, \"l1Tlb\": {\"entries\": 32}";

    @BeforeAll
    static void fixtures() throws IOException {
        write("malformed.json", "{\"name\": \"x\", \"physAddrBits\": 40,\n");
        write("unknown.json", CONFIG + ", \"frob\": 1}");
        write("wrongtype.json", CONFIG.replace("{\"entries\": 32}", "\"big\"") + "}");
        write("string.json", CONFIG.replace("\"physAddrBits\": 40", "\"physAddrBits\": \"forty\"") + "}");
        write("fraction.json", CONFIG.replace("\"physAddrBits\": 40", "\"physAddrBits\": 40.5") + "}");
        write("pow2.json", CONFIG.replace("32}", "12}") + "}");
        write("vmid.json", CONFIG.replace("\"vmidBits\": 8", "\"vmidBits\": 17") + "}");
        write("asid.json", CONFIG.replace("\"asidBits\": 12", "\"asidBits\": 0") + "}");
        write("pa-high.json", CONFIG.replace("\"physAddrBits\": 40", "\"physAddrBits\": 99") + "}");
        write("pa-low.json", CONFIG.replace("\"physAddrBits\": 40", "\"physAddrBits\": 31") + "}");
        write("ways.json", CONFIG.replace("{\"entries\": 32}", "{\"entries\": 8, \"ways\": 16}") + "}");
        write("nol1.json", CONFIG.replace("{\"entries\": 32}", "{\"entries\": 0}") + "}");
        write("array.json", "[1, 2, 3]");
        write("empty.json", "");
        write("garbage.trace", "map 0x7f0000000000 0x1000 rw-u\nfrob 0x1\n");
        write("badhex.trace", "r 0xZZ\n");
        write("fields.trace", "map 0x7f0000000000\n");
        write("perms.trace", "map 0x7f0000000000 0x1000 rwzu\n");
        write("noncanonical.trace", "r 0x0000900000000000\n");
        write("pid.trace", "cr3 70000\n");
        write("extra.trace", "r 0x1000 0x2000\n");
        write("binary.trace", "\u0000\u0001\u0002garbage\n");
        write("garbage.lackey", "hello world\n");
        write("size.lackey", " L 7ff0001000,zz\n");
        Files.write(dir.resolve("trunc.trace.gz"), truncatedGzip());
        write("afile", "not a directory\n");
        Files.createDirectories(dir.resolve("foreign"));
        write("foreign/notes.txt", "mine\n");
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A gzip of 200,000 trace lines cut after 20 kB. */
    private static byte[] truncatedGzip() throws IOException {
        Path full = dir.resolve("full.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(full))) {
            for (int i = 1; i <= 200_000; i++) out.write(String.format("r 0x7f%010x%n", (long) i * 4096).getBytes(StandardCharsets.US_ASCII));
        }
        byte[] all = Files.readAllBytes(full);
        return java.util.Arrays.copyOf(all, 20_000);
    }

    static final String SIM = "simulate --mode native --workload ";

    static Stream<Row> rows() {
        List<Row> r = new ArrayList<>();
        // flags
        r.add(new Row("generate", "Missing required options: '--config=F', '--out=DIR'", null));
        r.add(new Row("generate --config ../rtl/configs/small.json --out {d}/g0 --frobnicate", "Unknown option: '--frobnicate'", "{d}/g0"));
        r.add(new Row("walk", "Missing required option: '--mode", null));
        r.add(new Row("walk --mode bogus", "--mode: unknown mode 'bogus'", null));
        r.add(new Row("walk --mode nested --guest-page 3K", "--guest-page: unknown page size '3K'", null));
        r.add(new Row("walk --mode nested --host-page 4k2", "--host-page: unknown page size '4k2'", null));
        r.add(new Row("walk --mode native --mem-latency 0", "--mem-latency: must be between 1 and 100000 cycles, got 0", null));
        r.add(new Row("walk --mode native --mem-latency ten", "--mem-latency", null));
        r.add(new Row("walk --mode native --access fly", "--access: unknown access 'fly'", null));
        r.add(new Row("simulate --mode native", "Missing required option: '--workload", null));
        r.add(new Row(SIM + "synthetic:random --engine warp", "--engine: unknown engine 'warp'", null));
        r.add(new Row(SIM + "synthetic:random --mem-latency -3", "--mem-latency: must be between 1 and 100000 cycles, got -3", null));
        r.add(new Row("simulate --mode shadow --workload synthetic:random --exit-cost bogus=1", "--exit-cost: unknown exit reason 'bogus'", null));
        r.add(new Row("simulate --mode shadow --workload synthetic:random --exit-cost ptWrite=-5", "--exit-cost", null));
        r.add(new Row(SIM + "synthetic:random --coverage", "--coverage", null));
        r.add(new Row("compare", "Missing required option: '--workload", null));
        r.add(new Row("workload", "--workload", null));
        r.add(new Row("sweep --configs ../rtl/configs/small.json --modes native --workloads synthetic:random --seeds 0 --out {d}/s0",
                "--seeds: must be at least 1, got 0", "{d}/s0"));
        r.add(new Row("sweep --configs ../rtl/configs/small.json --modes warp --workloads synthetic:random --seeds 1 --out {d}/s1",
                "--modes: unknown mode 'warp'", "{d}/s1"));
        r.add(new Row("sweep --configs ../rtl/configs/small.json --modes native --workloads synthetic:random --seeds 1 --engine warp --out {d}/s2",
                "--engine: must be model or rtl, got 'warp'", "{d}/s2"));
        r.add(new Row("bench --only nosuch", "--only: unknown bench group 'nosuch'", null));
        r.add(new Row("synth --target asic --config ../rtl/configs/small.json --out {d}/y0", "'--target': expected one of [ice40, xilinx]", "{d}/y0"));
        r.add(new Row("synth --config ../rtl/configs/small.json", "--target", null));
        r.add(new Row("demo --threads 0 --out {d}/d0", "--threads: must be between 1 and 1024, got 0", "{d}/d0"));
        r.add(new Row("demo --workloads ; --out {d}/d1", "--workloads: no workload given", "{d}/d1"));
        r.add(new Row("nosuchcommand", "Unmatched argument at index 0: 'nosuchcommand'", null));
        // configs: malformed JSON, unknown fields, wrong types, impossible parameters, missing files
        String gen = "generate --out {d}/g1 --config {d}/";
        r.add(new Row(gen + "none.json", "none.json: no such config file", "{d}/g1"));
        r.add(new Row(gen + "malformed.json", "malformed.json: malformed JSON", "{d}/g1"));
        r.add(new Row(gen + "empty.json", "empty.json", "{d}/g1"));
        r.add(new Row(gen + "array.json", "array.json", "{d}/g1"));
        r.add(new Row(gen + "unknown.json", "frob: unknown field", "{d}/g1"));
        r.add(new Row(gen + "wrongtype.json", "l1Tlb: must be an object, got \"big\"", "{d}/g1"));
        r.add(new Row(gen + "string.json", "physAddrBits", "{d}/g1"));
        r.add(new Row(gen + "fraction.json", "physAddrBits", "{d}/g1"));
        r.add(new Row(gen + "pow2.json", "l1Tlb.entries: must be a power of two, got 12", "{d}/g1"));
        r.add(new Row(gen + "vmid.json", "vmidBits: must be between 1 and 16, got 17", "{d}/g1"));
        r.add(new Row(gen + "asid.json", "asidBits", "{d}/g1"));
        r.add(new Row(gen + "pa-high.json", "physAddrBits: must be between 32 and 52, got 99", "{d}/g1"));
        r.add(new Row(gen + "pa-low.json", "physAddrBits: must be between 32 and 52, got 31", "{d}/g1"));
        r.add(new Row(gen + "ways.json", "l1Tlb.ways: must not exceed entries (8), got 16", "{d}/g1"));
        r.add(new Row(gen + "nol1.json", "l1Tlb.entries", "{d}/g1"));
        r.add(new Row("walk --mode native --config {d}/vmid.json", "vmidBits: must be between 1 and 16, got 17", null));
        r.add(new Row(SIM + "synthetic:random --config {d}/unknown.json", "frob: unknown field", null));
        r.add(new Row("compare --workload synthetic:random,accesses=100 --config {d}/pow2.json --out {d}/c0",
                "l1Tlb.entries: must be a power of two, got 12", "{d}/c0"));
        r.add(new Row("synth --target xilinx --config {d}/pa-high.json --out {d}/y1", "physAddrBits: must be between 32 and 52, got 99", "{d}/y1"));
        r.add(new Row("demo --config {d}/malformed.json --out {d}/d2", "malformed.json: malformed JSON", "{d}/d2"));
        // traces and workloads: missing, garbage, truncated
        r.add(new Row(SIM + "trace:{d}/none.trace", "no such file", null));
        r.add(new Row(SIM + "trace:{d}/garbage.trace", "garbage.trace:2: unknown event 'frob'", null));
        r.add(new Row(SIM + "trace:{d}/badhex.trace", "badhex.trace:1: bad hex address '0xZZ'", null));
        r.add(new Row(SIM + "trace:{d}/fields.trace", "fields.trace:1: missing length", null));
        r.add(new Row(SIM + "trace:{d}/perms.trace", "perms.trace:1:", null));
        r.add(new Row(SIM + "trace:{d}/noncanonical.trace", "noncanonical.trace:1:", null));
        r.add(new Row(SIM + "trace:{d}/pid.trace", "pid.trace:1:", null));
        r.add(new Row(SIM + "trace:{d}/extra.trace", "extra.trace:1:", null));
        r.add(new Row(SIM + "trace:{d}/binary.trace", "binary.trace:1:", null));
        r.add(new Row(SIM + "trace:{d}/trunc.trace.gz", "trunc.trace.gz:", null));
        r.add(new Row(SIM + "lackey:{d}/garbage.lackey", "garbage.lackey:1: unknown lackey record 'hello'", null));
        r.add(new Row(SIM + "lackey:{d}/size.lackey", "size.lackey:1:", null));
        r.add(new Row(SIM + "lackey:{d}/none.lackey", "no such file", null));
        r.add(new Row(SIM + "synthetic:random,pags=3", "unknown key 'pags' for random", null));
        r.add(new Row(SIM + "synthetic:warp", "synthetic:warp", null));
        r.add(new Row(SIM + "synthetic:random,pages=0", "pages", null));
        r.add(new Row(SIM + "synthetic:random,writes=1.5", "writes", null));
        r.add(new Row(SIM + "synthetic:random,pages=3,pages=4", "pages", null));
        r.add(new Row(SIM + "nosuchkind:x", "nosuchkind:x", null));
        r.add(new Row("compare --workload trace:{d}/none.trace --out {d}/c1", "no such file", "{d}/c1"));
        r.add(new Row("workload --workload lackey:{d}/none.lackey", "no such file", null));
        r.add(new Row("workload --workload trace:{d}/garbage.trace --out {d}/w0.trace", "garbage.trace:2: unknown event 'frob'", "{d}/w0.trace"));
        r.add(new Row("demo --workloads trace:{d}/garbage.trace --out {d}/d3 --no-rtl", "garbage.trace:2: unknown event 'frob'", "{d}/d3"));
        r.add(new Row("synth --target ice40 --verilog {d}/none.v --module m --out {d}/y2", "none.v: no such file", "{d}/y2"));
        // output locations that cannot be written
        r.add(new Row("generate --config ../rtl/configs/small.json --out {d}/afile/x", "afile", "{d}/afile/x"));
        r.add(new Row("generate --config ../rtl/configs/small.json --out {d}/afile", "afile", null));
        r.add(new Row("generate --config ../rtl/configs/small.json --out {d}/foreign", "notes.txt, which is not a generated Verilog file", null));
        r.add(new Row("compare --workload synthetic:random,accesses=100 --out {d}/afile/r", "afile", "{d}/afile/r"));
        r.add(new Row("workload --workload synthetic:random --out {d}/afile/t.trace", "afile", "{d}/afile/t.trace"));
        r.add(new Row("demo --no-rtl --workloads synthetic:random,accesses=100 --out {d}/afile/demo", "afile", "{d}/afile/demo"));
        return r.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputIsOneLineExitTwoAndWritesNothing(Row row) throws IOException {
        String[] args = row.command().replace("{d}", dir.toString()).split(" ");
        List<String> before = listing();
        Cli.Result r = run(args);
        assertThat(r.code()).as("exit code; stderr: " + r.err()).isEqualTo(2);
        // progress lines of the command may come first (a trace is read as it runs); the error is one line, the last
        List<String> lines = r.err().strip().lines().toList();
        String error = lines.get(lines.size() - 1);
        assertThat(lines.subList(0, lines.size() - 1)).as("progress lines only before the error: " + r.err())
                .allSatisfy(l -> assertThat(l).startsWith(args[0] + ": ").doesNotContain("error").doesNotContain("Exception"));
        assertThat(error).startsWith("mmu").contains("error: ").contains(row.names());
        assertThat(r.out()).isEmpty();
        if (row.untouched() != null) {
            Path p = Path.of(row.untouched().replace("{d}", dir.toString()));
            assertThat(Files.exists(p)).as(p + " exists").isFalse();
        }
        assertThat(listing()).as("the fixture directory after the run (no partial or temporary file)").isEqualTo(before);
    }

    @Test
    void theTableCoversEverySubcommandButThoseWithTheirOwnRows() {
        List<String> commands = rows().map(r -> r.command().split(" ")[0]).distinct().toList();
        for (String c : Main.commandLine().getSubcommands().keySet()) {
            if (List.of("help", "sweep-shard", "fuzz", "prove").contains(c)) continue;
            assertThat(commands).as("rows for " + c).contains(c);
        }
        System.out.println("bad inputs tried: " + rows().count() + " rows here, plus fuzz's and prove's own");
    }

    private static List<String> listing() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
