package nestmmu.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.config.CacheGeometry;
import nestmmu.config.MmuConfig;
import nestmmu.io.BadInputException;
import nestmmu.io.Json;
import nestmmu.sim.model.Engine;
import nestmmu.sim.model.ModelEngine;
import nestmmu.sim.model.SimulationResult;
import nestmmu.sim.workload.Workload;
import nestmmu.sim.workload.Workloads;

class ComparisonRunnerTest {

    @Test
    void thePlanHasThreeNativeAndFiveShadowAndNestedSetupsPerWalkCacheSetting() {
        List<RunSetup> plan = ComparisonPlan.of(MmuConfig.defaults());
        assertThat(plan).hasSize(26).doesNotHaveDuplicates();
        for (boolean wc : new boolean[] {true, false}) {
            assertThat(plan).filteredOn(s -> s.walkCaches() == wc && s.mode() == Mode.NATIVE)
                    .extracting(s -> s.pages().label()).containsExactly("4K/4K", "2M/2M", "1G/1G");
            for (Mode m : new Mode[] {Mode.SHADOW, Mode.NESTED}) {
                assertThat(plan).filteredOn(s -> s.walkCaches() == wc && s.mode() == m)
                        .extracting(s -> s.pages().label()).containsExactly("4K/4K", "4K/2M", "2M/4K", "2M/2M", "1G/1G");
            }
        }
        assertThat(plan.get(0).walkCaches()).isTrue();
    }

    @Test
    void aConfigWithoutWalkCachesHasOnlyRowsWithoutThem() {
        MmuConfig bare = new MmuConfig("bare", 40, 8, 12, CacheGeometry.fullyAssociative(8), CacheGeometry.NONE,
                CacheGeometry.NONE, CacheGeometry.NONE);
        Comparison c = ComparisonRunner.run(Workloads.parse("synthetic:random,pages=16,accesses=500"), bare,
                ComparisonOptions.defaults());
        assertThat(c.rows()).hasSize(13).noneMatch(ComparisonRow::walkCaches);
        assertThat(c.hasWalkCaches()).isFalse();
        assertThat(Findings.of(c)).extracting(Finding::topic).doesNotContain("walkCaches");
    }

    @Test
    void everyRowHoldsWhatSimulateMeasuresForItsSetup() {
        Workload w = Comparisons.workload(Comparisons.PTUPDATE);
        Comparison c = Comparisons.of(Comparisons.PTUPDATE);
        MmuConfig config = MmuConfig.defaults();
        for (ComparisonRow row : c.rows()) {
            RunSetup s = row.setup();
            SimulationResult alone = new ModelEngine().run(s.config(config), s.options(20, c.exitCosts()), w);
            assertThat(row.translations()).as(s.describe()).isEqualTo(alone.translations());
            assertThat(row.walks()).as(s.describe()).isEqualTo(alone.walks());
            assertThat(row.walkCycles()).as(s.describe()).isEqualTo(alone.walkCycles());
            assertThat(row.vmmCycles()).as(s.describe()).isEqualTo(alone.vmmCycles());
            assertThat(row.totalCycles()).as(s.describe()).isEqualTo(alone.cycles());
            assertThat(row.avgRefsPerWalk()).as(s.describe()).isEqualTo(alone.avgRefsPerWalk());
            assertThat(row.vmExits()).as(s.describe())
                    .isEqualTo(alone.vmExits().values().stream().mapToLong(Long::longValue).sum());
        }
    }

    @Test
    void overheadIsMeasuredAgainstNativeAtTheSameGuestPageAndWalkCacheSetting() {
        Comparison c = Comparisons.of(Comparisons.PTUPDATE);
        for (ComparisonRow row : c.rows()) {
            ComparisonRow base = c.require(Mode.NATIVE, PagePair.nativeOf(row.pages().guest()), row.walkCaches());
            double expected = row.mode() == Mode.NATIVE ? 0 : (double) row.totalCycles() / base.totalCycles() - 1;
            assertThat(row.overheadVsNative()).as(row.setup().describe()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4));
            assertThat(row.cyclesPerAccess()).isCloseTo((double) row.totalCycles() / row.accesses(),
                    org.assertj.core.data.Offset.offset(1e-4));
            assertThat(row.tlbMissRate()).isCloseTo((double) row.walks() / row.translations(),
                    org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(c.rows()).filteredOn(r -> r.mode() == Mode.NATIVE)
                .allMatch(r -> r.pages().host() == r.pages().guest() && r.overheadVsNative() == 0);
    }

    @Test
    void theOutputDoesNotDependOnHowManyThreadsRanIt() {
        Workload w = Comparisons.workload(Comparisons.CTXSWITCH);
        String one = Json.write(ComparisonRunner.run(w, MmuConfig.defaults(), Comparisons.options().withThreads(1)).toMap());
        String three = Json.write(ComparisonRunner.run(w, MmuConfig.defaults(), Comparisons.options().withThreads(3)).toMap());
        assertThat(three).isEqualTo(one);
        assertThat(Json.write(Comparisons.of(Comparisons.CTXSWITCH).toMap())).isEqualTo(one);
    }

    @Test
    void anotherEngineRunsEverySetupOnItsOwn() {
        Workload w = Workloads.parse("synthetic:ptupdate,accesses=800");
        Engine plain = new Engine() {
            @Override
            public String name() {
                return "model-one-by-one";
            }

            @Override
            public SimulationResult run(MmuConfig config, nestmmu.sim.model.RunOptions options, Workload workload) {
                return new ModelEngine().run(config, options, workload);
            }
        };
        List<Long> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        RunProgress counting = new RunProgress() {
            @Override
            public void begin(String task, long total, String unit) {
                progress.add(total);
            }

            @Override
            public void advance(long amount) {
                progress.add(amount);
            }

            @Override
            public void end() {}
        };
        Comparison viaEngine = ComparisonRunner.run(w, MmuConfig.defaults(), ComparisonOptions.defaults(), plain, counting);
        Comparison fanned = ComparisonRunner.run(w, MmuConfig.defaults(), ComparisonOptions.defaults());
        assertThat(viaEngine.engine()).isEqualTo("model-one-by-one");
        assertThat(viaEngine.rows()).isEqualTo(fanned.rows());
        assertThat(progress.get(0)).isEqualTo(26L);
        assertThat(progress.subList(1, progress.size())).hasSize(26).containsOnly(1L);
    }

    @Test
    void aWorkloadThatOverflowsMemoryNamesTheSetupAndTheLine(@TempDir Path dir) throws IOException {
        Path trace = dir.resolve("t.trace");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) b.append("r 0x").append(Long.toHexString((i + 1L) << 30)).append('\n');
        Files.writeString(trace, b.toString());
        MmuConfig small = new MmuConfig("small", 32, 4, 4, CacheGeometry.fullyAssociative(8), CacheGeometry.NONE,
                CacheGeometry.NONE, CacheGeometry.NONE);
        assertThatThrownBy(() -> ComparisonRunner.run(Workloads.trace(trace), small, ComparisonOptions.defaults().withThreads(1)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("1G/1G")
                .hasMessageMatching(".*t\\.trace:[2-6]: .*out of memory.*");
    }

    @Test
    void shortNamesDropKeysAndDirectories() {
        assertThat(ComparisonRunner.shortName("synthetic:random,pages=4")).isEqualTo("synthetic:random");
        assertThat(ComparisonRunner.shortName("lackey:a/b/wc.lackey.gz")).isEqualTo("lackey:wc.lackey.gz");
        assertThat(PagePair.nativeOf(PageSize.SIZE_2M).label()).isEqualTo("2M/2M");
    }
}
