package nestmmu.sim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The suite at a glance: shadow cycles / nested cycles for every workload and page pair, with walk
 * caches where the config has them (above 1× nested paging wins).
 */
final class VerdictTable {
    static final String CAPTION = "shadow total cycles / nested total cycles (above 1\u00d7 nested paging wins;"
            + " walk caches on where the config has them)";

    private VerdictTable() {}

    static List<String> header() {
        List<String> h = new ArrayList<>();
        h.add("workload");
        for (PagePair p : PagePair.STUDIED) h.add(p.label());
        return h;
    }

    /** One row per comparison: its name, then the ratio at each studied pair. */
    static List<List<String>> rows(List<Comparison> comparisons, List<String> names) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < comparisons.size(); i++) {
            Comparison c = comparisons.get(i);
            List<String> r = new ArrayList<>();
            r.add(names.get(i));
            for (PagePair p : PagePair.STUDIED) r.add(Verdict.of(c, p, c.headlineWalkCaches()).ratioText());
            rows.add(r);
        }
        return rows;
    }

    /** As aligned text: names left, ratios right. */
    static String text(List<Comparison> comparisons, List<String> names) {
        List<List<String>> all = new ArrayList<>();
        all.add(header());
        all.addAll(rows(comparisons, names));
        int[] w = new int[header().size()];
        for (List<String> r : all) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], r.get(i).length());
        StringBuilder b = new StringBuilder(CAPTION).append('\n');
        for (List<String> r : all) {
            for (int i = 0; i < w.length; i++) {
                b.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, i == 0 ? "%-" + w[i] + "s" : "%" + w[i] + "s", r.get(i)));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
