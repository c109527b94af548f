package nestmmu.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One run of the sweep's cross product: a config file, a translation mode, a workload spec and a
 * seed, simulated with one engine. The fields are kept exactly as the user gave them, so the replay
 * command is what they would type themselves.
 */
public record SweepItem(String config, String mode, String workload, long seed, String engine) {

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

    /** config, mode, workload, seed as a JSON object's fields, in that order. */
    public java.util.Map<String, Object> identity() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("config", config);
        m.put("mode", mode);
        m.put("workload", workload);
        m.put("seed", seed);
        return m;
    }

    /** The arguments of {@code ./mmu simulate} for this item (the simulate CLI contract). */
    public List<String> simulateArgs() {
        List<String> args = new ArrayList<>(List.of(
                "simulate", "--config", config, "--workload", workload, "--mode", mode,
                "--engine", engine, "--seed", Long.toString(seed)));
        args.add("--json");
        return args;
    }

    /** The shell command that runs this item alone, e.g. to debug a failure. */
    public String replayCommand() {
        return "./mmu simulate --config " + quote(config) + " --workload " + quote(workload) + " --mode "
                + quote(mode) + " --engine " + quote(engine) + " --seed " + seed;
    }

    /** "config=F mode=M workload=W seed=N", for messages. */
    public String describe() {
        return "config=" + config + " mode=" + mode + " workload=" + workload + " seed=" + seed;
    }

    static String quote(String word) {
        if (SHELL_SAFE.matcher(word).matches()) return word;
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
