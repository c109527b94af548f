package nestmmu.sim.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One statement the numbers support, with the numbers it rests on.
 *
 * @param topic   a stable key: {@code shadowVsNested}, {@code largePages}, {@code walkCaches},
 *                {@code nestedWins}, {@code shadowWins}, {@code rviStudy}
 * @param text    the statement, one paragraph of plain text
 * @param figures the figures the text quotes, by name (insertion-ordered)
 */
public record Finding(String topic, String text, Map<String, Object> figures) {
    public Finding {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("topic", topic);
        m.put("text", text);
        m.put("figures", figures);
        return m;
    }

    static List<Map<String, Object>> toMaps(List<Finding> findings) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : findings) list.add(f.toMap());
        return list;
    }
}
