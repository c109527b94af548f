package nestmmu.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.io.BadInputException;

class MmuConfigTest {

    private static final Path CONFIGS = Path.of("..", "rtl", "configs");

    @ParameterizedTest(name = "rtl/configs/{0}.json loads and round-trips")
    @ValueSource(strings = {"default", "small", "large"})
    void referenceConfigsLoad(String name) {
        MmuConfig c = MmuConfig.load(CONFIGS.resolve(name + ".json"));
        assertThat(c.name()).isEqualTo(name);
        assertThat(MmuConfig.parse(c.toJson(), "x")).isEqualTo(c);
    }

    @Test
    @DisplayName("default.json is the documented reference: 32-entry L1, 16-entry PWC and nested TLB, 40-bit PA")
    void defaultIsTheReference() {
        assertThat(MmuConfig.load(CONFIGS.resolve("default.json"))).isEqualTo(MmuConfig.defaults());
    }

    @Test
    void sizesOfTheReferenceConfigs() {
        MmuConfig small = MmuConfig.load(CONFIGS.resolve("small.json"));
        assertThat(small.l1Tlb().entries()).isEqualTo(8);
        assertThat(small.hasWalkCaches()).isFalse();
        MmuConfig large = MmuConfig.load(CONFIGS.resolve("large.json"));
        assertThat(large.l1Tlb().entries()).isEqualTo(64);
        assertThat(large.l2Tlb()).isEqualTo(new CacheGeometry(512, 4));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"l1Tlb\": {\"entries\": 12}}                           | l1Tlb.entries: must be a power of two, got 12",
        "{\"l1Tlb\": {\"entries\": 8, \"ways\": 3}}               | l1Tlb.ways: must be a power of two, got 3",
        "{\"l1Tlb\": {\"entries\": 8, \"ways\": 16}}              | l1Tlb.ways: must not exceed entries (8), got 16",
        "{\"l1Tlb\": {\"entries\": 8}, \"vmidBits\": 17}          | vmidBits: must be between 1 and 16, got 17",
        "{\"l1Tlb\": {\"entries\": 8}, \"physAddrBits\": 60}      | physAddrBits: must be between 32 and 52, got 60",
        "{\"l1Tlb\": {\"entries\": 8}, \"colour\": 1}             | colour: unknown field",
        "{\"l1Tlb\": {\"entries\": \"many\"}}                     | l1Tlb.entries: must be an integer, got \"many\"",
        "{\"l1Tlb\": {\"entries\": 8.5}}                          | l1Tlb.entries: must be an integer, got 8.5",
        "{\"l1Tlb\": {\"entries\": 8, \"size\": 1}}               | l1Tlb.size: unknown field",
        "{}                                                       | l1Tlb: missing (required)",
        "{\"l1Tlb\": 8}                                           | l1Tlb: must be an object, got 8",
        "{\"l1Tlb\": {\"entries\": 8}, \"pwc\": {\"entries\": 6}} | pwc.entries: must be a power of two, got 6",
        "{\"l1Tlb\": {\"entries\": 8}                             | malformed JSON",
        "[1, 2]                                                   | malformed JSON: expected an object",
    })
    void badConfigsNameTheFieldAndValue(String json, String message) {
        assertThatThrownBy(() -> MmuConfig.parse(json, "t"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> MmuConfig.load(Path.of("no/such.json")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("no/such.json: no such config file");
    }

    @Test
    void walkCachesCanBeTurnedOff() {
        MmuConfig off = MmuConfig.defaults().withoutWalkCaches();
        assertThat(off.hasWalkCaches()).isFalse();
        assertThat(off.l1Tlb()).isEqualTo(MmuConfig.defaults().l1Tlb());
    }
}
