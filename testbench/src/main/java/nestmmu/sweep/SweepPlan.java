package nestmmu.sweep;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import nestmmu.io.BadInputException;
import nestmmu.io.Json;

/**
 * What a sweep runs: every item of the cross product config × mode × workload × seed, in that
 * nesting order, and how the items are dealt into shards. Item {@code i} belongs to shard
 * {@code i mod shards}, so every shard gets a mix of configs and modes and the shards take about
 * equally long. The plan is written to {@code DIR/plan.json} and is the only input of a shard.
 *
 * @param runner  the {@link ItemRunner} that runs each item ("simulate" for {@code ./mmu simulate})
 * @param engine  "model" or "rtl"
 * @param workDir the directory relative config and trace paths are read from
 */
public record SweepPlan(String runner, String engine, String workDir, int shards, List<SweepItem> items) {
    static final int FORMAT = 1;

    public SweepPlan {
        items = List.copyOf(items);
        if (items.isEmpty()) throw new BadInputException("the sweep has no items");
        if (shards < 1 || shards > items.size()) {
            throw new BadInputException("--shards: must be between 1 and the number of items (" + items.size()
                    + "), got " + shards);
        }
        for (SweepItem item : items) {
            if (!item.engine().equals(engine)) {
                throw new IllegalArgumentException("item engine " + item.engine() + " differs from plan engine " + engine);
            }
        }
    }

    /** The cross product with seeds 1..{@code seeds}. */
    public static SweepPlan crossProduct(List<String> configs, List<String> modes, List<String> workloads, int seeds,
                                         String engine, String runner, Path workDir, int shards) {
        List<SweepItem> items = new ArrayList<>();
        for (String c : configs) {
            for (String m : modes) {
                for (String w : workloads) {
                    for (long s = 1; s <= seeds; s++) {
                        items.add(new SweepItem(c, m, w, s, engine));
                    }
                }
            }
        }
        return new SweepPlan(runner, engine, workDir.toAbsolutePath().normalize().toString(), shards, items);
    }

    /** Indices (into {@link #items()}) of the items of {@code shard}, in order. */
    public List<Integer> itemsOf(int shard) {
        if (shard < 0 || shard >= shards) {
            throw new BadInputException("--shard: must be between 0 and " + (shards - 1) + ", got " + shard);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = shard; i < items.size(); i += shards) out.add(i);
        return out;
    }

    public SweepPlan withShards(int k) {
        return new SweepPlan(runner, engine, workDir, k, items);
    }

    /** The first way {@code other} asks for different work than this plan, or null when they agree. */
    public String differenceFrom(SweepPlan other) {
        if (!runner.equals(other.runner)) return "runner " + runner + " vs " + other.runner;
        if (!engine.equals(other.engine)) return "engine " + engine + " vs " + other.engine;
        if (!workDir.equals(other.workDir)) return "working directory " + workDir + " vs " + other.workDir;
        if (shards != other.shards) return "shards " + shards + " vs " + other.shards;
        if (items.size() != other.items.size()) return items.size() + " items vs " + other.items.size();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).equals(other.items.get(i))) {
                return "item " + i + " is " + items.get(i).describe() + " vs " + other.items.get(i).describe();
            }
        }
        return null;
    }

    /** A short fingerprint of the plan; every shard result carries it, so results of another plan are never mixed in. */
    public String digest() {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(toJson().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("runner", runner);
        m.put("engine", engine);
        m.put("workDir", workDir);
        m.put("shards", shards);
        List<Map<String, Object>> list = new ArrayList<>();
        for (SweepItem item : items) list.add(item.identity());
        m.put("items", list);
        return Json.write(m);
    }

    public static SweepPlan read(Path file) {
        JsonObject o = JsonReading.readObject(file);
        try {
            long format = JsonReading.integer(o, "format");
            if (format != FORMAT) throw new BadInputException("format: expected " + FORMAT + ", got " + format);
            String engine = JsonReading.string(o, "engine");
            List<SweepItem> items = JsonReading.objects(o, "items", e -> new SweepItem(JsonReading.string(e, "config"),
                    JsonReading.string(e, "mode"), JsonReading.string(e, "workload"), JsonReading.integer(e, "seed"), engine));
            return new SweepPlan(JsonReading.string(o, "runner"), engine, JsonReading.string(o, "workDir"),
                    Math.toIntExact(JsonReading.integer(o, "shards")), items);
        } catch (BadInputException e) {
            throw e.at(file.toString());
        }
    }
}
