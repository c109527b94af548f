package nestmmu.formal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nestmmu.fpga.flow.ToolRunner;
import nestmmu.io.AtomicFiles;
import nestmmu.mmu.formal.MmuProperties.Property;

/**
 * Proves one {@link Property} with yosys-smtbmc and z3. The design, with the property's checker,
 * is read by {@code read_verilog -formal}, flattened below the unit under proof (so logic outside
 * the assertions' cone is removed) and written as SMT-LIB 2. Then:
 * <ol>
 *   <li>k-induction ({@code yosys-smtbmc -i -t k}) for k = 1, 2, 4, … up to {@code maxInduction}:
 *       the assertions holding in k consecutive states imply them in the next, from any state;</li>
 *   <li>a bounded check from reset ({@code yosys-smtbmc -t D}), D at least k + 1: the base case of
 *       the induction, and on failure a counterexample ({@code counterexample.vcd}).</li>
 * </ol>
 * Status: {@code proven} (both hold: true for every depth), {@code bmc-pass} (no induction depth up
 * to the limit closed, no counterexample within D cycles), or {@code fail}. z3 runs with
 * {@code --unroll}: its incremental solver takes minutes on these designs otherwise, seconds with it.
 */
public final class Prover {
    /** What one property came to. {@code depth}: the induction depth when proven, else the BMC depth. */
    public record Outcome(String name, String letter, String description, String status, int depth,
                          int inductionDepth, int bmcDepth, double seconds, Path counterexample, Path directory) {
        public boolean failed() {
            return status.equals(FAIL);
        }

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("property", letter);
            m.put("status", status);
            m.put("depth", depth);
            m.put("seconds", Math.round(seconds * 10) / 10.0);
            m.put("inductionDepth", inductionDepth == 0 ? null : inductionDepth);
            m.put("bmcDepth", bmcDepth);
            m.put("description", description);
            m.put("counterexample", counterexample == null ? null : counterexample.toString());
            m.put("directory", directory.toString());
            return m;
        }
    }

    public static final String PROVEN = "proven";
    public static final String BMC_PASS = "bmc-pass";
    public static final String FAIL = "fail";
    static final String MODEL = "model.smt2";
    static final String COUNTEREXAMPLE = "counterexample.vcd";

    private final int bmcDepth;
    private final int maxInduction;
    private final ToolRunner runner = new ToolRunner(Duration.ofMinutes(30));

    /**
     * @param bmcDepth     cycles from reset the bounded check covers (at least the induction depth + 1)
     * @param maxInduction the deepest induction tried
     */
    public Prover(int bmcDepth, int maxInduction) {
        if (bmcDepth < 1 || maxInduction < 1) throw new IllegalArgumentException("depths must be positive");
        this.bmcDepth = bmcDepth;
        this.maxInduction = maxInduction;
    }

    /** Proves {@code p} in {@code dir} (replaced: the sources, the script, the model, the logs and any counterexample). */
    public Outcome prove(Property p, Path dir) {
        long start = System.nanoTime();
        AtomicFiles.deleteTree(dir);
        AtomicFiles.ensureDirectory(dir);
        List<String> sources = new ArrayList<>(new TreeSet<>(p.files().keySet()));
        try {
            for (String f : sources) Files.writeString(dir.resolve(f), p.files().get(f), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("prove.ys"), script(sources, p.top()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runner.run(dir, "yosys.log", List.of("yosys", "-q", "-s", "prove.ys"));

        int inductive = 0;
        for (int k = 1; k <= maxInduction; k *= 2) {
            if (smtbmc(dir, "induction-" + k + ".log", List.of("-i", "-t", Integer.toString(k)))) {
                inductive = k;
                break;
            }
        }
        int depth = Math.max(bmcDepth, inductive + 1);
        boolean bmc = smtbmc(dir, "bmc.log", List.of("-t", Integer.toString(depth), "--dump-vcd", COUNTEREXAMPLE));
        double seconds = (System.nanoTime() - start) / 1e9;
        String status = !bmc ? FAIL : inductive > 0 ? PROVEN : BMC_PASS;
        Path cex = bmc ? null : dir.resolve(COUNTEREXAMPLE);
        return new Outcome(p.name(), p.letter(), p.description(), status, status.equals(PROVEN) ? inductive : depth,
                inductive, depth, seconds, cex, dir);
    }

    static String script(List<String> sources, String top) {
        return "read_verilog -formal " + String.join(" ", sources) + "\n"
                + "prep -top " + top + "\n"
                + "flatten\n"
                + "async2sync\n"
                + "dffunmap\n"
                + "opt_clean\n"
                + "write_smt2 " + MODEL + "\n";
    }

    /** True when smtbmc reports PASSED; a FAILED run is a result, anything else an error. */
    private boolean smtbmc(Path dir, String log, List<String> args) {
        List<String> command = new ArrayList<>(List.of("yosys-smtbmc", "-s", "z3", "--unroll", "--noprogress"));
        command.addAll(args);
        command.add(MODEL);
        runner.runAllowingFailure(dir, log, command);
        String text;
        try {
            text = Files.readString(dir.resolve(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.contains("Status: PASSED")) return true;
        if (text.contains("Status: FAILED")) return false;
        throw ToolRunner.failure(dir, log, command, -1);
    }
}
