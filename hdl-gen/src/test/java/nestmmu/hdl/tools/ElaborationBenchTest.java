package nestmmu.hdl.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ServiceLoader;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.bench.Bench;
import nestmmu.bench.BenchContext;
import nestmmu.bench.Figure;

class ElaborationBenchTest {
    @Test
    @DisplayName("the hdl bench is registered and produces every figure (quick run; speed is not asserted)")
    void producesItsFigures(@TempDir Path scratch) throws Exception {
        Bench bench = ServiceLoader.load(Bench.class).stream().map(ServiceLoader.Provider::get)
                .filter(b -> b.name().equals("hdl")).findFirst().orElseThrow();
        var figures = bench.run(new BenchContext(Path.of(".."), scratch, new PrintStream(PrintStream.nullOutputStream()), true));
        assertThat(figures).extracting(Figure::name)
                .containsExactly("hdl.cam64_elaborate_emit", "hdl.cam64_verilog_lines", "hdl.queue16_elaborate_emit");
        assertThat(figures).allSatisfy(f -> assertThat(f.value()).isPositive());
    }
}
