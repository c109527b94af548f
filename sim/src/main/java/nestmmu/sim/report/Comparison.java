package nestmmu.sim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nestmmu.arch.Mode;
import nestmmu.sim.model.ExitCosts;

/**
 * Shadow against nested paging on one workload: a row per {@link RunSetup} of the
 * {@link ComparisonPlan}, with how it was run.
 */
public record Comparison(String workload, String config, String engine, int memLatency, long seed,
                         ExitCosts exitCosts, List<ComparisonRow> rows) {

    /** How {@code overheadVsNative} is measured; printed with every report. */
    public static final String BASELINE = "overheadVsNative = totalCycles / totalCycles of native paging at the same"
            + " guest page size and walk-cache setting - 1. Native rows have one page size: hostPage = guestPage.";

    public Comparison {
        rows = List.copyOf(rows);
    }

    public Optional<ComparisonRow> row(Mode mode, PagePair pages, boolean walkCaches) {
        RunSetup s = new RunSetup(mode, pages, walkCaches);
        return rows.stream().filter(r -> r.setup().equals(s)).findFirst();
    }

    /** The row that must be there (for setups of the plan). */
    public ComparisonRow require(Mode mode, PagePair pages, boolean walkCaches) {
        return row(mode, pages, walkCaches).orElseThrow(() -> new IllegalArgumentException(
                "no row for " + new RunSetup(mode, pages, walkCaches).describe()));
    }

    /** Whether the comparison has rows with walk caches on (false when the config has none). */
    public boolean hasWalkCaches() {
        return rows.stream().anyMatch(ComparisonRow::walkCaches);
    }

    /** The walk-cache setting findings lead with: on when there is one, since real MMUs have them. */
    public boolean headlineWalkCaches() {
        return hasWalkCaches();
    }

    /** JSON: how it was run, the baseline, the rows, then the findings computed from them. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workload", workload);
        m.put("config", config);
        m.put("engine", engine);
        m.put("memLatency", memLatency);
        m.put("seed", seed);
        m.put("exitCosts", exitCosts.toMap());
        m.put("baseline", BASELINE);
        List<Map<String, Object>> list = new ArrayList<>();
        for (ComparisonRow r : rows) list.add(r.toMap());
        m.put("rows", list);
        m.put("findings", Finding.toMaps(Findings.of(this)));
        return m;
    }
}
