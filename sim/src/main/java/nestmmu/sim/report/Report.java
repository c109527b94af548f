package nestmmu.sim.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a report shows: one or more comparisons, the findings their numbers support, and, for the
 * demo, the steps that ran before them. {@link ReportText}, {@link HtmlReport} and
 * {@link ReportWriter} render it; {@link #toMap()} is its JSON.
 *
 * @param title       the page title
 * @param comparisons one per workload
 * @param findings    for one comparison its {@link Findings}; for several, the
 *                    {@link SuiteFindings} across them
 * @param steps       what ran before the comparisons (the demo's RTL steps), in order; may be empty
 */
public record Report(String title, List<Comparison> comparisons, List<Finding> findings, List<Step> steps) {

    /**
     * One step of a larger job and how it ended.
     *
     * @param name    e.g. "generate RTL"
     * @param outcome "passed", "failed" or "not run"
     * @param detail  one line: what it did or why it did not run
     * @param figures numbers it measured, by name (insertion-ordered)
     */
    public record Step(String name, String outcome, String detail, Map<String, Object> figures) {
        public Step {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(outcome, "outcome");
            figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("outcome", outcome);
            m.put("detail", detail);
            m.put("figures", figures);
            return m;
        }
    }

    public Report {
        comparisons = List.copyOf(comparisons);
        findings = List.copyOf(findings);
        steps = List.copyOf(steps);
        if (comparisons.isEmpty()) throw new IllegalArgumentException("a report needs a comparison");
    }

    /** The report of one {@code ./mmu compare}. */
    public static Report of(Comparison c) {
        return new Report("Shadow versus nested paging: " + c.workload(), List.of(c), Findings.of(c), List.of());
    }

    /** A report over several workloads, with findings across them. */
    public static Report suite(String title, List<Comparison> comparisons, List<Step> steps) {
        return new Report(title, comparisons, SuiteFindings.of(comparisons), steps);
    }

    public boolean isSuite() {
        return comparisons.size() > 1 || !steps.isEmpty();
    }

    /**
     * Short file-name-safe names of the comparisons, unique within the report: the synthetic
     * kind, or a trace file's name without its extensions ("random", "wordcount").
     */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Comparison c : comparisons) {
            String base = slug(c.workload());
            String name = base;
            for (int i = 2; !used.add(name); i++) name = base + "-" + i;
            names.add(name);
        }
        return names;
    }

    static String slug(String spec) {
        String s = spec;
        int colon = s.indexOf(':');
        if (colon >= 0) s = s.substring(colon + 1);
        int comma = s.indexOf(',');
        if (comma >= 0) s = s.substring(0, comma);
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        if (slash >= 0) s = s.substring(slash + 1);
        int dot = s.indexOf('.');
        if (dot > 0) s = s.substring(0, dot);
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "workload" : s;
    }

    /** JSON: a single comparison as {@link Comparison#toMap()}; a suite as title, steps, findings, comparisons. */
    public Map<String, Object> toMap() {
        if (!isSuite()) return comparisons.get(0).toMap();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        List<Map<String, Object>> s = new ArrayList<>();
        for (Step step : steps) s.add(step.toMap());
        m.put("steps", s);
        m.put("baseline", Comparison.BASELINE);
        m.put("findings", Finding.toMaps(findings));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Comparison c : comparisons) list.add(c.toMap());
        m.put("comparisons", list);
        return m;
    }
}
