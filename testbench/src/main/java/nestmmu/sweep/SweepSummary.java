package nestmmu.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nestmmu.io.Json;

/**
 * The merged outcome of a sweep: every item in plan order, one {@link GroupRow} per
 * config × mode × workload (in plan order), and the failures with the commands that replay them.
 */
public record SweepSummary(SweepPlan plan, List<ItemResult> items, List<GroupRow> groups) {

    /**
     * Merges the shard results; the items of a shard without results become
     * {@link ItemStatus#SHARD_FAILED} with the backend's reason.
     */
    public static SweepSummary merge(SweepPlan plan, Map<Integer, ShardResult> finished, Map<Integer, String> shardFailures) {
        ItemResult[] byIndex = new ItemResult[plan.items().size()];
        for (int s = 0; s < plan.shards(); s++) {
            ShardResult r = finished.get(s);
            if (r != null) {
                for (ItemResult item : r.items()) byIndex[item.index()] = item;
            } else {
                String why = shardFailures.getOrDefault(s, "shard " + s + " left no results");
                for (int i : plan.itemsOf(s)) byIndex[i] = ItemResult.shardFailed(i, plan.items().get(i), why);
            }
        }
        List<ItemResult> items = List.of(byIndex);
        Map<List<String>, List<ItemResult>> grouped = new LinkedHashMap<>();
        for (ItemResult r : items) {
            SweepItem it = r.item();
            grouped.computeIfAbsent(List.of(it.config(), it.mode(), it.workload()), k -> new ArrayList<>()).add(r);
        }
        List<GroupRow> groups = grouped.values().stream().map(GroupRow::of).toList();
        return new SweepSummary(plan, items, groups);
    }

    public List<ItemResult> failures() {
        return items.stream().filter(ItemResult::failed).toList();
    }

    public long translations() {
        return groups.stream().mapToLong(GroupRow::translations).sum();
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("engine", plan.engine());
        m.put("runner", plan.runner());
        m.put("workDir", plan.workDir());
        m.put("shards", plan.shards());
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("items", items.size());
        totals.put("passed", items.size() - failures().size());
        totals.put("failed", failures().size());
        totals.put("translations", translations());
        totals.put("mismatches", groups.stream().mapToLong(GroupRow::mismatches).sum());
        m.put("totals", totals);
        m.put("groups", groups.stream().map(GroupRow::toJson).toList());
        List<Map<String, Object>> failed = new ArrayList<>();
        for (ItemResult r : failures()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("index", r.index());
            f.putAll(r.item().identity());
            f.put("status", r.status().label());
            f.put("error", r.error());
            f.put("replay", r.item().replayCommand());
            failed.add(f);
        }
        m.put("failures", failed);
        m.put("items", items.stream().map(ItemResult::toJson).toList());
        return Json.write(m);
    }

    /** The per-group table and the failures, as printed on stdout. */
    public String toTable() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"config", "mode", "workload", "items", "failed", "translations", "mismatches",
                "avgRefsPerWalk", "cyclesPerAccess"});
        for (GroupRow g : groups) {
            rows.add(new String[] {g.config(), g.mode(), g.workload(), Integer.toString(g.items()),
                    Integer.toString(g.failed()), Long.toString(g.translations()), Long.toString(g.mismatches()),
                    ratio(g.avgRefsPerWalk()), ratio(g.cyclesPerAccess())});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                boolean numeric = i >= 3;
                String cell = numeric ? pad(r[i], width[i], true) : pad(r[i], width[i], false);
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        List<ItemResult> failed = failures();
        b.append('\n').append(items.size()).append(" items, ").append(items.size() - failed.size())
                .append(" passed, ").append(failed.size()).append(" failed\n");
        for (ItemResult r : failed) {
            b.append("FAILED ").append(r.status().label()).append(": ").append(r.item().describe()).append('\n')
                    .append("  ").append(r.error() == null ? "" : r.error()).append('\n')
                    .append("  replay: ").append(r.item().replayCommand()).append('\n');
        }
        return b.toString();
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pad(String s, int w, boolean right) {
        String spaces = " ".repeat(w - s.length());
        return right ? spaces + s : s + spaces;
    }
}
