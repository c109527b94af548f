package nestmmu.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of one config × mode × workload, summed over their seeds. The two ratios are
 * weighted by walks and translations, so a group's figure is what one long run would show;
 * they come from the run's own {@code avgRefsPerWalk}/{@code cyclesPerAccess} when it printed
 * them, else from {@code walkRefs/walks} and {@code cycles/translations}. Failed items without
 * a result count in {@code failed} only.
 */
public record GroupRow(String config, String mode, String workload, int items, int failed,
                       long translations, long mismatches, long walks, long walkRefs, long cycles,
                       double avgRefsPerWalk, double cyclesPerAccess) {

    static GroupRow of(List<ItemResult> results) {
        SweepItem first = results.get(0).item();
        int failed = 0;
        long translations = 0, mismatches = 0, walks = 0, walkRefs = 0, cycles = 0;
        double refsWeighted = 0, cyclesWeighted = 0;
        for (ItemResult r : results) {
            if (r.failed()) failed++;
            if (r.result() == null) continue;
            long t = r.counter("translations");
            long w = r.counter("walks");
            long refs = r.counter("walkRefs");
            long c = r.counter("cycles");
            translations += t;
            mismatches += r.counter("mismatches");
            walks += w;
            walkRefs += refs;
            cycles += c;
            refsWeighted += w * orElse(r.ratio("avgRefsPerWalk"), w == 0 ? 0 : (double) refs / w);
            cyclesWeighted += t * orElse(r.ratio("cyclesPerAccess"), t == 0 ? 0 : (double) c / t);
        }
        return new GroupRow(first.config(), first.mode(), first.workload(), results.size(), failed,
                translations, mismatches, walks, walkRefs, cycles,
                walks == 0 ? Double.NaN : refsWeighted / walks,
                translations == 0 ? Double.NaN : cyclesWeighted / translations);
    }

    private static double orElse(double value, double fallback) {
        return Double.isNaN(value) ? fallback : value;
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("config", config);
        m.put("mode", mode);
        m.put("workload", workload);
        m.put("items", items);
        m.put("failed", failed);
        m.put("translations", translations);
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
