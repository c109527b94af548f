package nestmmu.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import nestmmu.io.BadInputException;
import nestmmu.io.Json;

/** What one shard wrote: the digest of the plan it ran, its number, and its items' results in plan order. */
public record ShardResult(String plan, int shard, List<ItemResult> items) {

    public ShardResult {
        items = List.copyOf(items);
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", plan);
        m.put("shard", shard);
        List<Map<String, Object>> list = new ArrayList<>();
        for (ItemResult r : items) list.add(r.toJson());
        m.put("items", list);
        return Json.write(m);
    }

    /**
     * Reads a shard file and checks that it is a complete result of shard {@code shard} of
     * {@code plan}: the same plan digest and exactly the shard's items.
     */
    public static ShardResult read(Path file, SweepPlan plan, int shard) {
        JsonObject o = JsonReading.readObject(file);
        try {
            String digest = JsonReading.string(o, "plan");
            if (!digest.equals(plan.digest())) {
                throw new BadInputException("plan: written for plan " + digest + ", not " + plan.digest());
            }
            long n = JsonReading.integer(o, "shard");
            if (n != shard) throw new BadInputException("shard: expected " + shard + ", got " + n);
            List<ItemResult> items = JsonReading.objects(o, "items", e -> ItemResult.fromJson(e, plan));
            List<Integer> expected = plan.itemsOf(shard);
            List<Integer> got = items.stream().map(ItemResult::index).toList();
            if (!got.equals(expected)) throw new BadInputException("items: expected indices " + expected + ", got " + got);
            return new ShardResult(digest, shard, items);
        } catch (BadInputException e) {
            throw e.at(file.toString());
        }
    }
}
