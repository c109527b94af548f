package nestmmu.tb.mmu.regress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nestmmu.arch.Mode;
import nestmmu.config.MmuConfig;
import nestmmu.tb.mmu.coverage.Coverage;
import nestmmu.tb.mmu.coverage.CoverageBins;

class ScenariosOnTheModelTest {
    @TestFactory
    Stream<DynamicTest> directed() {
        List<DynamicTest> all = new ArrayList<>();
        for (String name : List.of("default", "small", "large")) {
            MmuConfig config = MmuConfig.load(Path.of("../rtl/configs/" + name + ".json"));
            Map<String, Long> hits = new LinkedHashMap<>();
            List<Scenario> list = new ArrayList<>(DirectedScenarios.of(config));
            for (Mode m : Mode.values()) list.addAll(new RandomRuns(m, name.equals("default") ? 1 : 0.2).scenarios(1));
            for (Scenario sc : list) {
                all.add(DynamicTest.dynamicTest(name + ": " + sc.name(), () -> {
                    Setup s = new Setup(config, 1, RtlSide.NONE, sc.name());
                    sc.body().accept(s);
                    s.finish(hits);
                }));
            }
            all.add(DynamicTest.dynamicTest(name + ": coverage", () -> {
                Coverage c = Coverage.of(CoverageBins.of(config, EnumSet.allOf(Mode.class)), hits);
                System.out.println(name + " " + nestmmu.io.Json.write(c.toMap()).substring(0, 2000));
                assertThat(c.missed()).isEmpty();
                assertThat(c.unexpected()).isEmpty();
            }));
        }
        return all.stream();
    }
}
