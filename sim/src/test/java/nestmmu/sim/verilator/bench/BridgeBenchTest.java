package nestmmu.sim.verilator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.bench.BenchContext;
import nestmmu.bench.Figure;

/** The bench produces every figure it promises (its numbers are for ./mmu bench, not for tests). */
class BridgeBenchTest {
    @TempDir
    Path scratch;

    @Test
    void aQuickRunProducesEveryFigureWithAFiniteValue() throws Exception {
        List<Figure> figures = new BridgeBench().run(new BenchContext(Path.of("."), scratch, new PrintStream(System.err), true));
        assertThat(figures).extracting(Figure::name).containsExactly("cppCyclesPerSec", "simCyclesPerSecBatched",
                "simCyclesPerSecBatchedRefill", "simCyclesPerSecBuffered", "simCyclesPerSecPerSignal",
                "batchedVsCpp", "perSignalVsCpp", "cachedBuildMillis");
        assertThat(figures).allSatisfy(f -> assertThat(f.value()).isFinite().isPositive());
        assertThat(figures).filteredOn(f -> f.name().endsWith("VsCpp")).allSatisfy(f -> assertThat(f.met()).isNotNull());
    }
}
