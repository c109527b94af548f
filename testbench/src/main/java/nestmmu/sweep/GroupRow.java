package nestmmu.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of one config × mode × workload, summed over their seeds. Its ratios are those of the
 * sums, {@code avgRefsPerWalk = Σ walkRefs / Σ walks} and {@code cyclesPerAccess = Σ cycles / Σ accesses},
 * so a group's figure is what one long run would show, and not a mean of per-run ratios that
 * simulate has already rounded. A run that prints a ratio without the counters under it counts
 * with its ratio times its walks or accesses; a run that prints no {@code accesses} counts its
 * translations as accesses. Failed items without a result count in {@code failed} only.
 */
public record GroupRow(String config, String mode, String workload, int items, int failed,
                       long translations, long accesses, long mismatches, long walks, long walkRefs, long cycles,
                       double avgRefsPerWalk, double cyclesPerAccess) {

    static GroupRow of(List<ItemResult> results) {
        SweepItem first = results.get(0).item();
        int failed = 0;
        long translations = 0, accesses = 0, mismatches = 0, walks = 0, walkRefs = 0, cycles = 0;
        double refsForRatio = 0, cyclesForRatio = 0;
        for (ItemResult r : results) {
            if (r.failed()) failed++;
            if (r.result() == null) continue;
            long t = r.counter("translations");
            long a = r.has("accesses") ? r.counter("accesses") : t;
            long w = r.counter("walks");
            translations += t;
            accesses += a;
            mismatches += r.counter("mismatches");
            walks += w;
            walkRefs += r.counter("walkRefs");
            cycles += r.counter("cycles");
            refsForRatio += numerator(r, "walkRefs", "avgRefsPerWalk", w);
            cyclesForRatio += numerator(r, "cycles", "cyclesPerAccess", a);
        }
        return new GroupRow(first.config(), first.mode(), first.workload(), results.size(), failed,
                translations, accesses, mismatches, walks, walkRefs, cycles,
                walks == 0 ? Double.NaN : refsForRatio / walks,
                accesses == 0 ? Double.NaN : cyclesForRatio / accesses);
    }

    /** The run's {@code counter}, or else its {@code ratio} times {@code denominator}. */
    private static double numerator(ItemResult r, String counter, String ratio, long denominator) {
        if (r.has(counter)) return r.counter(counter);
        double given = r.ratio(ratio);
        return Double.isNaN(given) ? 0 : given * denominator;
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("config", config);
        m.put("mode", mode);
        m.put("workload", workload);
        m.put("items", items);
        m.put("failed", failed);
        m.put("translations", translations);
        m.put("accesses", accesses);
        m.put("mismatches", mismatches);
        m.put("walks", walks);
        m.put("walkRefs", walkRefs);
        m.put("cycles", cycles);
        m.put("avgRefsPerWalk", rounded(avgRefsPerWalk));
        m.put("cyclesPerAccess", rounded(cyclesPerAccess));
        return m;
    }

    /** Four decimals: enough to compare configs, and the same digits on every machine. */
    static Double rounded(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return null;
        return Math.round(v * 10000) / 10000.0;
    }
}
