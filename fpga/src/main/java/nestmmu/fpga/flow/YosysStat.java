package nestmmu.fpga.flow;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The cell counts in yosys' {@code stat -json} output: per module (each module's own cells; an
 * instance of a kept submodule counts as one cell named after it) and for the whole design
 * (submodules expanded, as if flattened).
 */
public record YosysStat(Map<String, Map<String, Integer>> modules, Map<String, Integer> design) {
    /** Where every flow has yosys write its statistics. */
    public static final String FILE_NAME = "stat.json";

    public static YosysStat read(Path statJson) {
        return ToolOutput.parse(statJson, "yosys statistics", YosysStat::parse);
    }

    static YosysStat parse(String text) {
        JsonObject root = JsonParser.parseString(text).getAsJsonObject();
        Map<String, Map<String, Integer>> modules = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> m : root.getAsJsonObject("modules").entrySet()) {
            modules.put(moduleName(m.getKey()), cells(m.getValue().getAsJsonObject()));
        }
        Map<String, Integer> design;
        if (root.has("design")) {
            design = cells(root.getAsJsonObject("design"));
        } else if (modules.size() == 1) {
            design = modules.values().iterator().next();
        } else {
            throw new IllegalStateException("no \"design\" totals for a design of " + modules.size() + " modules");
        }
        return new YosysStat(modules, design);
    }

    /** One module's own cells; absent module is a programming error in the flow, not bad input. */
    public Map<String, Integer> module(String name) {
        Map<String, Integer> m = modules.get(name);
        if (m == null) throw new IllegalStateException("yosys statistics have no module " + name + " (have " + modules.keySet() + ")");
        return m;
    }

    private static Map<String, Integer> cells(JsonObject o) {
        Map<String, Integer> cells = new TreeMap<>();
        JsonObject byType = o.getAsJsonObject("num_cells_by_type");
        if (byType != null) {
            for (Map.Entry<String, JsonElement> c : byType.entrySet()) {
                cells.put(moduleName(c.getKey()), c.getValue().getAsInt());
            }
        }
        return cells;
    }

    /** yosys escapes public names with a backslash: {@code \top}. */
    private static String moduleName(String raw) {
        return raw.startsWith("\\") ? raw.substring(1) : raw;
    }
}
