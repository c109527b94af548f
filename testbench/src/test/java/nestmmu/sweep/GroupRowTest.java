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
    @DisplayName("group ratios are those of the summed counters, not a mean of the runs' rounded ratios")
    void ratiosOfTheSums() {
        GroupRow g = GroupRow.of(List.of(
                item(1, "{\"translations\": 216, \"accesses\": 200, \"walks\": 125, \"walkRefs\": 3001,"
                        + " \"cycles\": 63237, \"avgRefsPerWalk\": 24.008, \"mismatches\": 1}"),
                item(2, "{\"translations\": 3, \"accesses\": 3, \"walks\": 3, \"walkRefs\": 4, \"cycles\": 10,"
                        + " \"avgRefsPerWalk\": 1.3333}"),
                ItemResult.shardFailed(3, new SweepItem("c", "nested", "w", 3, "rtl"), "killed")));
        assertThat(g.items()).isEqualTo(3);
        assertThat(g.failed()).isEqualTo(1);
        assertThat(g.translations()).isEqualTo(219);
        assertThat(g.accesses()).isEqualTo(203);
        assertThat(g.mismatches()).isEqualTo(1);
        assertThat(g.avgRefsPerWalk()).isEqualTo(3005.0 / 128);
        assertThat(g.cyclesPerAccess()).isEqualTo(63247.0 / 203);
    }

    @Test
    @DisplayName("a run that prints only ratios counts with them, weighted by its walks and accesses")
    void ratiosWithoutCounters() {
        GroupRow g = GroupRow.of(List.of(
                item(1, "{\"translations\": 100, \"walks\": 10, \"walkRefs\": 240, \"cycles\": 400}"),
                item(2, "{\"translations\": 300, \"walks\": 30, \"avgRefsPerWalk\": 20.0, \"cyclesPerAccess\": 2.0}")));
        assertThat(g.accesses()).as("translations stand in for accesses").isEqualTo(400);
        assertThat(g.avgRefsPerWalk()).isCloseTo((240 + 30 * 20.0) / 40, offset(1e-12));
        assertThat(g.cyclesPerAccess()).isCloseTo((400 + 300 * 2.0) / 400, offset(1e-12));
    }

    @Test
    void aGroupWithoutWalksHasNoRefsPerWalk() {
        GroupRow g = GroupRow.of(List.of(item(1, "{\"translations\": 5, \"walks\": 0, \"walkRefs\": 0, \"cycles\": 5}")));
        assertThat(g.avgRefsPerWalk()).isNaN();
        assertThat(g.toJson().get("avgRefsPerWalk")).isNull();
        assertThat(g.cyclesPerAccess()).isEqualTo(1.0);
    }
}
