package nestmmu.sim.workload;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import nestmmu.io.BadInputException;

/**
 * Turns a workload spec into a {@link Workload}:
 * <ul>
 *   <li>{@code synthetic:KIND,key=value,...} — a generated workload ({@link SyntheticKind} lists the
 *       kinds, their keys and defaults);</li>
 *   <li>{@code lackey:FILE} — valgrind {@code --tool=lackey --trace-mem=yes} output ({@link LackeyReader});</li>
 *   <li>{@code trace:FILE} — the project's own trace format ({@link TraceReader}).</li>
 * </ul>
 * Files may be gzip-compressed. A bad spec is a {@link BadInputException} with one line naming
 * the spec and what is wrong in it.
 */
public final class Workloads {
    public static final String SYNTHETIC = "synthetic:";
    public static final String LACKEY = "lackey:";
    public static final String TRACE = "trace:";

    private Workloads() {}

    /** The workload {@code spec} describes; synthetic kinds without a {@code seed} key use seed 1. */
    public static Workload parse(String spec) {
        return parse(spec, null);
    }

    /** As {@link #parse(String)}, but a synthetic spec without a {@code seed} key uses {@code defaultSeed}. */
    public static Workload parse(String spec, long defaultSeed) {
        return parse(spec, Long.valueOf(defaultSeed));
    }

    /** Reads a lackey trace; {@code path} as written names it in messages. */
    public static Workload lackey(Path path) {
        return file(LACKEY + path, path.toString(), LackeyReader::new);
    }

    /** Reads a trace in the project's format. */
    public static Workload trace(Path path) {
        return file(TRACE + path, path.toString(), TraceReader::new);
    }

    private static Workload parse(String spec, Long defaultSeed) {
        if (spec == null || spec.isBlank()) throw new BadInputException("workload: the spec is empty");
        String s = spec.trim();
        if (s.startsWith(SYNTHETIC)) return synthetic(s, s.substring(SYNTHETIC.length()), defaultSeed);
        if (s.startsWith(LACKEY)) return file(s, s.substring(LACKEY.length()), LackeyReader::new);
        if (s.startsWith(TRACE)) return file(s, s.substring(TRACE.length()), TraceReader::new);
        throw new BadInputException("workload '" + s + "': unknown kind of workload (expected "
                + SYNTHETIC + "KIND,key=value,..., " + LACKEY + "FILE or " + TRACE + "FILE)");
    }

    private static Workload file(String spec, String file, java.util.function.Function<LineReader, EventStream> format) {
        String where = "workload '" + spec + "'";
        if (file.isEmpty()) throw new BadInputException(where + ": no file named");
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new BadInputException(where + ": bad file name: " + e.getReason());
        }
        if (!Files.exists(path)) throw new BadInputException(where + ": no such file '" + file + "'");
        if (!Files.isRegularFile(path)) throw new BadInputException(where + ": '" + file + "' is not a regular file");
        if (!Files.isReadable(path)) throw new BadInputException(where + ": cannot read '" + file + "': permission denied");
        return new FileWorkload(spec, path, file, format);
    }

    private static Workload synthetic(String spec, String body, Long defaultSeed) {
        String where = "workload '" + spec + "'";
        String[] parts = body.split(",", -1);
        String label = parts[0].trim();
        SyntheticKind kind = SyntheticKind.parseOrNull(label);
        if (kind == null) {
            throw new BadInputException(where + ": unknown synthetic kind '" + label + "' (kinds: " + kindList() + ")");
        }
        Map<String, SyntheticParam> known = new LinkedHashMap<>();
        kind.params().forEach(p -> known.put(p.key(), p));
        Map<String, Number> values = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            int eq = part.indexOf('=');
            if (eq < 0) throw new BadInputException(where + ": '" + part + "' is not key=value");
            String key = part.substring(0, eq).trim();
            SyntheticParam param = known.get(key);
            if (param == null) {
                throw new BadInputException(where + ": unknown key '" + key + "' for " + kind.label()
                        + " (keys: " + String.join(", ", known.keySet()) + ")");
            }
            if (values.containsKey(key)) throw new BadInputException(where + ": key '" + key + "' given twice");
            values.put(key, param.parse(part.substring(eq + 1), where));
        }
        if (defaultSeed != null) values.putIfAbsent("seed", defaultSeed);
        known.values().forEach(p -> values.putIfAbsent(p.key(), p.defaultValue()));
        return new SyntheticWorkload(spec, kind, new SyntheticParams(values));
    }

    private static String kindList() {
        StringJoiner j = new StringJoiner(", ");
        for (SyntheticKind k : SyntheticKind.values()) j.add(k.label());
        return j.toString();
    }
}
