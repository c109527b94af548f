package nestmmu.sweep;

import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import nestmmu.io.BadInputException;

/**
 * The outcome of one item: its status, the exit code of the run, the JSON object the run printed
 * (kept as printed, so no number changes form), and for a failure a one-line reason.
 *
 * @param index  the item's position in the plan
 * @param result the run's JSON, or null when there is none
 * @param error  why the item failed (the run's stderr, an exception), or null
 */
public record ItemResult(int index, SweepItem item, ItemStatus status, int exitCode, JsonObject result, String error) {

    public boolean failed() {
        return status != ItemStatus.OK;
    }

    /** A counter from the run's JSON, or 0 when absent (e.g. {@code mismatches} with the model engine). */
    public long counter(String key) {
        return has(key) ? result.get(key).getAsLong() : 0;
    }

    /** Whether the run's JSON has the number {@code key}. */
    public boolean has(String key) {
        if (result == null) return false;
        JsonElement e = result.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    /** A ratio from the run's JSON, or NaN when absent. */
    public double ratio(String key) {
        return has(key) ? result.get(key).getAsDouble() : Double.NaN;
    }

    /** The item as it failed in a shard that left no results. */
    public static ItemResult shardFailed(int index, SweepItem item, String reason) {
        return new ItemResult(index, item, ItemStatus.SHARD_FAILED, -1, null, reason);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", index);
        m.putAll(item.identity());
        m.put("engine", item.engine());
        m.put("status", status.label());
        m.put("exitCode", exitCode);
        m.put("result", result);
        m.put("error", error);
        return m;
    }

    /** Reads an item written by {@link #toJson()}; it must be item {@code index} of {@code plan}. */
    public static ItemResult fromJson(JsonObject o, SweepPlan plan) {
        int index = Math.toIntExact(JsonReading.integer(o, "index"));
        if (index < 0 || index >= plan.items().size()) throw new BadInputException("index: not in the plan: " + index);
        SweepItem item = plan.items().get(index);
        JsonElement r = o.get("result");
        JsonElement err = o.get("error");
        return new ItemResult(index, item, ItemStatus.parse(JsonReading.string(o, "status")),
                Math.toIntExact(JsonReading.integer(o, "exitCode")),
                r == null || r.isJsonNull() ? null : r.getAsJsonObject(),
                err == null || err.isJsonNull() ? null : err.getAsString());
    }
}
