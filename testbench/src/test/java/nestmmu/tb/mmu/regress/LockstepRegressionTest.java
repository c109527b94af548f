package nestmmu.tb.mmu.regress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import nestmmu.arch.Mode;
import nestmmu.config.MmuConfig;
import nestmmu.io.Json;
import nestmmu.sim.model.ExitCosts;
import nestmmu.sim.model.RunOptions;
import nestmmu.sim.workload.Workloads;
import nestmmu.tb.Seed;
import nestmmu.tb.SeedExtension;
import nestmmu.tb.mmu.coverage.Coverage;
import nestmmu.tb.mmu.coverage.CoverageBins;
import nestmmu.tb.mmu.lockstep.LockstepReport;
import nestmmu.tb.mmu.lockstep.LockstepRun;
import nestmmu.tb.mmu.lockstep.RtlRunOptions;

/**
 * The lockstep regression of the generated MMU against the golden model, per config: the directed
 * scenarios, the random workload runs (100,000+ translations per mode on the default config, a
 * tenth on small and large), then the coverage of both together — every reachable bin hit, no
 * bin hit that was thought unreachable. Every translation and flush is compared (result, fault
 * information, the exact memory-reference sequence with values, cycles with a fixed latency) and
 * so are the final memories. Replay a run with {@code -Dnestmmu.seed=N} (printed); a failing
 * directed test keeps its waveform under {@code target/waves/LockstepRegressionTest/}, a failing
 * random run writes one replayed up to its first mismatch.
 */
@ExtendWith(SeedExtension.class)
class LockstepRegressionTest {
    /** Directed tests: a short latency keeps them quick; the random runs vary it. */
    private static final int DIRECTED_LATENCY = 2;
    private static final Path WAVES = Path.of("target", "waves", "LockstepRegressionTest");

    @TestFactory
    Stream<DynamicNode> defaultConfig(Seed seed) {
        return regression("default", 1.0, seed);
    }

    @TestFactory
    Stream<DynamicNode> smallConfig(Seed seed) {
        return regression("small", 0.1, seed);
    }

    @TestFactory
    Stream<DynamicNode> largeConfig(Seed seed) {
        return regression("large", 0.1, seed);
    }

    static MmuConfig config(String name) {
        return MmuConfig.load(Path.of(System.getProperty("nestmmu.root", ".."), "rtl", "configs", name + ".json"));
    }

    private static Stream<DynamicNode> regression(String name, double scale, Seed seed) {
        MmuConfig config = config(name);
        Map<String, Long> hits = new LinkedHashMap<>();
        Path waves = WAVES.resolve(name);
        RtlSide side = new DutSide(config, seed, waves);
        List<DynamicNode> directed = new ArrayList<>();
        int n = 0;
        for (Scenario sc : DirectedScenarios.of(config)) {
            String id = String.format("%03d-%s", ++n, sc.name());
            directed.add(DynamicTest.dynamicTest(sc.name(), () -> {
                Setup s = new Setup(config, DIRECTED_LATENCY, side, id);
                sc.body().accept(s);
                s.finish(hits);
            }));
        }
        List<DynamicNode> random = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            long translations[] = {0};
            for (RandomRuns.Run run : new RandomRuns(mode, scale).runs()) {
                random.add(DynamicTest.dynamicTest(mode + " " + run, () -> {
                    translations[0] += randomRun(config, mode, run, seed, waves, hits);
                }));
            }
            if (scale >= 1) {
                random.add(DynamicTest.dynamicTest(mode + ": at least 100,000 translations", () ->
                        assertThat(translations[0]).isGreaterThanOrEqualTo(100_000)));
            }
        }
        DynamicTest coverage = DynamicTest.dynamicTest("the regression hits every reachable coverage bin", () -> {
            Coverage c = Coverage.of(CoverageBins.of(config, EnumSet.allOf(Mode.class)), hits);
            System.out.println("coverage of config " + name + ": " + (c.reachable() - c.missed().size()) + " of "
                    + c.reachable() + " reachable bins; unreachable: " + Json.write(c.toMap().get("unreachable")));
            assertThat(c.missed()).as("reachable bins nobody hit").isEmpty();
            assertThat(c.unexpected()).as("bins hit that were thought unreachable").isEmpty();
        });
        return Stream.of(DynamicContainer.dynamicContainer(name + ": directed", directed),
                DynamicContainer.dynamicContainer(name + ": random", random), coverage);
    }

    private static long randomRun(MmuConfig config, Mode mode, RandomRuns.Run run, Seed seed, Path waves, Map<String, Long> hits) {
        int latency = run.randomLatency() ? 4 : RandomRuns.latencyOf(run);
        RunOptions options = new RunOptions(mode, run.guestPage(), run.hostPage(), latency, ExitCosts.defaults());
        Path wave = waves.resolve(DutSide.fileName(mode + "-" + run) + ".fst");
        LockstepRun.Result r = LockstepRun.run(config, options, Workloads.parse(run.workload(), seed.value()),
                new RtlRunOptions(seed.value(), run.randomLatency(), true, wave));
        LockstepReport l = r.lockstep();
        assertThat(l.mismatches()).as(() -> l.mismatches() + " mismatches; first: " + l.firstMismatch() + "; seed " + seed
                + " (re-run with -D" + Seed.PROPERTY + "=" + seed + "); waveform up to the first mismatch " + r.waveform()).isZero();
        assertThat(l.translations()).isEqualTo(r.model().translations());
        r.coverage().hits().forEach((bin, count) -> hits.merge(bin, count, Long::sum));
        return l.translations();
    }
}
