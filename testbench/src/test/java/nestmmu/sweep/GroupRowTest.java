package nestmmu.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class GroupRowTest {
    private static ItemResult item(long seed, String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        return new ItemResult((int) seed, new SweepItem("c", "nested", "w", seed, "rtl"), ItemStatus.OK, 0, o, null);
    }

    @Test
    @DisplayName("group ratios are weighted by walks and translations, from the run's own ratio when it gives one")
    void weightedRatios() {
        GroupRow g = GroupRow.of(List.of(
                item(1, "{\"translations\": 100, \"walks\": 10, \"walkRefs\": 240, \"cycles\": 400, \"mismatches\": 1}"),
                item(2, "{\"translations\": 300, \"walks\": 30, \"walkRefs\": 0, \"cycles\": 0,"
                        + " \"avgRefsPerWalk\": 20.0, \"cyclesPerAccess\": 2.0}"),
                ItemResult.shardFailed(3, new SweepItem("c", "nested", "w", 3, "rtl"), "killed")));
        assertThat(g.items()).isEqualTo(3);
        assertThat(g.failed()).isEqualTo(1);
        assertThat(g.translations()).isEqualTo(400);
        assertThat(g.mismatches()).isEqualTo(1);
        assertThat(g.avgRefsPerWalk()).isCloseTo((10 * 24.0 + 30 * 20.0) / 40, offset(1e-12));
        assertThat(g.cyclesPerAccess()).isCloseTo((100 * 4.0 + 300 * 2.0) / 400, offset(1e-12));
    }

    @Test
    void aGroupWithoutWalksHasNoRefsPerWalk() {
        GroupRow g = GroupRow.of(List.of(item(1, "{\"translations\": 5, \"walks\": 0, \"walkRefs\": 0, \"cycles\": 5}")));
        assertThat(g.avgRefsPerWalk()).isNaN();
        assertThat(g.toJson().get("avgRefsPerWalk")).isNull();
        assertThat(g.cyclesPerAccess()).isEqualTo(1.0);
    }
}
