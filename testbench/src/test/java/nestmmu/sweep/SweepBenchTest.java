package nestmmu.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.bench.BenchContext;
import nestmmu.bench.Figure;

class SweepBenchTest {
    @TempDir
    Path tmp;

    @Test
    @DisplayName("the measurement runs a sweep with one job and two and reports their throughputs and, in one round, their ratio")
    void measuresOneAndTwoJobs() {
        BenchContext ctx = new BenchContext(SweepFixtures.root(), tmp, new PrintStream(PrintStream.nullOutputStream()), true);
        SweepPlan plan = SweepPlan.crossProduct(List.of(SweepFixtures.config("small")), List.of("native", "nested"),
                List.of(SweepFixtures.WORKLOAD), 2, "model", SimulateRunner.NAME, SweepFixtures.root(), 4);
        List<Figure> figures = SweepBench.measure(plan, ctx);
        assertThat(figures).extracting(Figure::name)
                .containsExactly("sweepThroughput1Core", "sweepThroughput2Cores", "sweepSpeedup2Cores");
        assertThat(figures.get(0).value()).isPositive();
        assertThat(figures.get(2).value()).isCloseTo(figures.get(1).value() / figures.get(0).value(),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    @DisplayName("bench sweep runs the real simulate and reports sweepSpeedup2Cores as the ratio of its throughputs")
    void producesTheSpeedupFigure() throws Exception {
        BenchContext ctx = new BenchContext(SweepFixtures.root(), tmp, new PrintStream(PrintStream.nullOutputStream()), true);
        List<Figure> figures = new SweepBench().run(ctx);
        assertThat(figures).extracting(Figure::name)
                .containsExactly("sweepThroughput1Core", "sweepThroughput2Cores", "sweepSpeedup2Cores");
        assertThat(figures.get(0).value()).isPositive();
        assertThat(figures.get(2).value()).isCloseTo(figures.get(1).value() / figures.get(0).value(),
                org.assertj.core.data.Offset.offset(1e-9));
    }
}
