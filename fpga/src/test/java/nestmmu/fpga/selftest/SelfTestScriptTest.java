package nestmmu.fpga.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.arch.Mode;
import nestmmu.config.CacheGeometry;
import nestmmu.config.MmuConfig;

class SelfTestScriptTest {

    private static List<SelfTestStep.Translate> translations(SelfTestScript s) {
        return s.steps().stream().filter(SelfTestStep.Translate.class::isInstance).map(SelfTestStep.Translate.class::cast).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"small", "default", "large"})
    @DisplayName("the script covers every mode, page size, answer source and fault kind, and fits its block-RAM image")
    void coverage(String name) {
        SelfTestScript s = SelfTestScript.of(Configs.load(name));
        List<SelfTestStep.Translate> t = translations(s);
        assertThat(s.translations()).isEqualTo(20);
        assertThat(t.stream().map(x -> x.context().mode()).collect(Collectors.toSet())).containsExactlyInAnyOrder(Mode.values());
        Set<Integer> sizes = t.stream().filter(x -> x.expected().ok()).map(x -> x.expected().pageSize()).collect(Collectors.toSet());
        assertThat(sizes).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(t.stream().map(x -> x.expected().fault()).collect(Collectors.toSet())).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(t.stream().map(x -> x.expected().source()).collect(Collectors.toSet())).contains(0, 2);
        assertThat(t).anySatisfy(x -> assertThat(x.expected().npfFinal()).isTrue());
        assertThat(t).anySatisfy(x -> assertThat(x.expected().npfTable()).isTrue());
        assertThat(t).anySatisfy(x -> assertThat(x.expected().errorCode() & 8).as("a reserved-bit fault").isNotZero());
        assertThat(s.steps()).anySatisfy(x -> assertThat(x).isInstanceOf(SelfTestStep.Flush.class));
        assertThat(s.image().depth()).isEqualTo(256);
        assertThat(s.image().used()).isGreaterThan(20);
    }

    @Test
    @DisplayName("the same config gives the same script, and the listing numbers steps as the board reports them")
    void deterministic() {
        MmuConfig small = Configs.load("small");
        SelfTestScript a = SelfTestScript.of(small);
        SelfTestScript b = SelfTestScript.of(small);
        assertThat(a.listing()).isEqualTo(b.listing());
        assertThat(a.image().words()).isEqualTo(b.image().words());
        assertThat(a.listing()).contains("01  native 4K ", "-> pa 0x20005e8 4K rw-u, walk",
                "02  native 4K again", "L1 hit", "#NPF US table gpa 0x10000, walk", "22  nested 4K/4K after flush");
    }

    @Test
    @DisplayName("with 1-bit VMIDs and ASIDs contexts share tags, and the model's answers change accordingly")
    void narrowTags() {
        MmuConfig narrow = new MmuConfig("narrow", 32, 1, 1, CacheGeometry.fullyAssociative(8), CacheGeometry.NONE,
                CacheGeometry.NONE, CacheGeometry.NONE);
        SelfTestScript s = SelfTestScript.of(narrow);
        assertThat(translations(s)).allSatisfy(t -> {
            assertThat(t.context().vmid()).isLessThan(2);
            assertThat(t.context().asid()).isLessThan(2);
        });
        assertThat(s.translations()).isEqualTo(20);
    }

    @Test
    @DisplayName("the image keeps the first entries of each region page and reads zero everywhere else")
    void imageAddressing() {
        TableImage image = SelfTestScript.of(Configs.load("small")).image();
        long base = SelfTestScript.REGION_BASE;
        assertThat(image.covers(base)).isTrue();
        assertThat(image.covers(base + 7 * 8)).isTrue();
        assertThat(image.covers(base + 8 * 8)).isFalse();
        assertThat(image.covers(base + 31 * 0x1000 + 8)).isTrue();
        assertThat(image.covers(base + 32 * 0x1000)).isFalse();
        assertThat(image.covers(base - 8)).isFalse();
        assertThat(image.index(base + 3 * 0x1000 + 5 * 8)).isEqualTo(3 * 8 + 5);
    }
}
