package nestmmu.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import nestmmu.config.CacheGeometry;
import nestmmu.config.MmuConfig;
import nestmmu.io.AtomicFiles;
import nestmmu.io.BadInputException;
import nestmmu.io.Json;
import nestmmu.io.ProjectRoot;
import nestmmu.sim.report.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./mmu fuzz --engine rtl --seconds N [--seed S]}: differential fuzzing of the generated RTL
 * against the golden model. Case i of seed S is drawn from {@code new SplittableRandom(S)} split i
 * times, so a seed and a case count name the same cases on every machine.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Differential fuzzing: random configs, tables and operation streams through the golden model and",
                "the generated RTL side by side until the time is up. A mismatch is shrunk to a minimal trace: file,",
                "written with its config, and the command that replays it is printed. Exit 1 on a mismatch."})
public final class FuzzCommand implements Callable<Integer> {
    /**
     * The configs cases are drawn from: the committed ones, {@code tiny} (a 2-entry L1 TLB and nothing
     * else, 32-bit physical addresses, 4-bit VMID and ASID) and {@code evict} (the default with a
     * 4-entry L1 TLB and 2-entry page-walk cache and nested TLB).
     */
    static final List<String> FAMILY = List.of("small", "default", "large", "tiny", "evict");

    @Spec
    CommandSpec spec;

    @Option(names = "--engine", required = true, paramLabel = "rtl", description = "The engine checked against the model: rtl.")
    String engine;

    @Option(names = "--seconds", required = true, paramLabel = "N", description = "How long to fuzz (new cases start until then).")
    int seconds;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the case stream (default: drawn and printed).")
    Long seed;

    @Option(names = "--configs", split = ",", paramLabel = "NAME",
            description = "Draw configs only from these (default: all of small, default, large, tiny, evict).")
    List<String> configs;

    @Option(names = "--out", paramLabel = "DIR", description = "Where a failing case goes (default: out/fuzz).")
    Path out;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (!"rtl".equals(engine)) {
            throw new BadInputException("--engine: must be rtl (the golden model is what the RTL is fuzzed against), got '" + engine + "'");
        }
        if (seconds < 1 || seconds > 7 * 24 * 3600) throw new BadInputException("--seconds: must be between 1 and 604800, got " + seconds);
        Path root = ProjectRoot.path();
        List<MmuConfig> family = family(root, configs);
        Path dir = (out != null ? out : root.resolve("out").resolve("fuzz")).toAbsolutePath().normalize();
        OutputDirectory.check("--out", dir);
        long s = seed != null ? seed : (System.nanoTime() ^ System.currentTimeMillis()) & 0xffffffffL;
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "fuzz: seed %d, %d s, configs %s%n", s, seconds, names(family));
        err.flush();

        Path scratch;
        try {
            scratch = Files.createTempDirectory("nestmmu-fuzz-");   // one per run: runs at once keep apart
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return fuzz(s, family, dir, scratch);
        } finally {
            AtomicFiles.deleteTree(scratch);
        }
    }

    private int fuzz(long s, List<MmuConfig> family, Path dir, Path scratch) {
        PrintWriter err = spec.commandLine().getErr();
        Fuzzer fuzzer = Fuzzer.ofGenerator(scratch);
        SplittableRandom stream = new SplittableRandom(s);
        long start = System.nanoTime(), deadline = start + seconds * 1_000_000_000L;
        long cases = 0, translations = 0;
        Map<String, Long> byConfig = new TreeMap<>();
        Map<String, Object> failure = null;
        while (System.nanoTime() < deadline) {
            FuzzCase c = FuzzCase.draw(stream.split(), family);
            Fuzzer.Run r = fuzzer.run(c);
            if (r.error() != null) throw r.error();   // a drawn case is a valid program: anything else is ours to fix
            cases++;
            translations += r.report().translations();
            byConfig.merge(c.config().name(), 1L, Long::sum);
            if (r.mismatched()) {
                err.printf(Locale.ROOT, "fuzz: case %d mismatches (%s); shrinking %d lines ...%n", cases - 1,
                        r.report().firstMismatch(), c.trace().size());
                err.flush();
                failure = failure(fuzzer, c, cases - 1, s, dir);
                break;
            }
        }
        double took = (System.nanoTime() - start) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", s);
        m.put("engine", engine);
        m.put("cases", cases);
        m.put("translations", translations);
        m.put("seconds", Math.round(took * 10) / 10.0);
        m.put("translationsPerSec", Math.round(translations / took));
        m.put("casesByConfig", byConfig);
        m.put("mismatches", failure == null ? 0 : 1);
        if (failure != null) m.putAll(failure);
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.print(Json.write(m));
        } else {
            stdout.printf(Locale.ROOT, "fuzz: seed %d: %,d cases, %,d translations in %.1f s (%,d translations/s), %s%n", s, cases,
                    translations, took, Math.round(translations / took), failure == null ? "no mismatch" : "a MISMATCH");
            if (failure != null) {
                stdout.println("  first mismatch: " + failure.get("firstMismatch"));
                stdout.println("  shrunk to " + failure.get("shrunkLines") + " of " + failure.get("originalLines") + " lines: " + failure.get("trace"));
                stdout.println("  replay: " + failure.get("replay"));
            }
        }
        stdout.flush();
        return failure == null ? 0 : 1;
    }

    private static Map<String, Object> failure(Fuzzer fuzzer, FuzzCase c, long index, long seed, Path dir) {
        FuzzCase small = fuzzer.shrink(c);
        Fuzzer.Run again = fuzzer.run(small);
        Path caseDir = dir.resolve("case-" + seed + "-" + index);
        Path config = caseDir.resolve("config.json");
        Path trace = caseDir.resolve("case.trace");
        AtomicFiles.ensureDirectory(caseDir);
        AtomicFiles.writeString(config, small.config().toJson());
        AtomicFiles.writeString(trace, small.traceText());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", index);
        m.put("firstMismatch", again.mismatched() ? again.report().firstMismatch() : null);
        m.put("originalLines", c.trace().size());
        m.put("shrunkLines", small.trace().size());
        m.put("config", config.toString());
        m.put("trace", trace.toString());
        m.put("replay", String.join(" ", replay(small, config, trace)));
        return m;
    }

    /** The command line that replays {@code c}: simulate with the RTL engine. */
    static List<String> replay(FuzzCase c, Path config, Path trace) {
        List<String> cmd = new ArrayList<>(List.of("./mmu", "simulate", "--config", config.toString(),
                "--workload", "trace:" + trace, "--mode", c.options().mode().label(),
                "--guest-page", c.options().guestPage().label(), "--host-page", c.options().hostPage().label(),
                "--mem-latency", Integer.toString(c.options().memLatency()), "--engine", "rtl",
                "--seed", Long.toString(c.rtlSeed())));
        if (c.randomLatency()) cmd.add("--random-latency");
        return cmd;
    }

    static List<MmuConfig> family(Path root, List<String> names) {
        List<String> chosen = names == null ? FAMILY : names;
        List<MmuConfig> list = new ArrayList<>();
        for (String n : chosen) {
            if (!FAMILY.contains(n)) {
                throw new BadInputException("--configs: unknown config '" + n + "' (known: " + String.join(", ", FAMILY) + ")");
            }
            list.add(switch (n) {
                case "tiny" -> new MmuConfig("fuzz-tiny", 32, 4, 4, CacheGeometry.fullyAssociative(2), CacheGeometry.NONE,
                        CacheGeometry.NONE, CacheGeometry.NONE);
                case "evict" -> new MmuConfig("fuzz-evict", 40, 8, 12, CacheGeometry.fullyAssociative(4), CacheGeometry.NONE,
                        CacheGeometry.fullyAssociative(2), CacheGeometry.fullyAssociative(2));
                default -> MmuConfig.load(ProjectRoot.config(root, n));
            });
        }
        if (list.isEmpty()) throw new BadInputException("--configs: no config given");
        return list;
    }

    private static String names(List<MmuConfig> family) {
        List<String> n = new ArrayList<>();
        for (MmuConfig c : family) n.add(c.name());
        return String.join(", ", n);
    }
}
