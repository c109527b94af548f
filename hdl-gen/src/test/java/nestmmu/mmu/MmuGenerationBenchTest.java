package nestmmu.mmu;

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

class MmuGenerationBenchTest {
    @Test
    @DisplayName("the mmu bench is registered and gives two figures per config (quick run; speed is not asserted)")
    void producesItsFigures(@TempDir Path scratch) throws Exception {
        Bench bench = ServiceLoader.load(Bench.class).stream().map(ServiceLoader.Provider::get)
                .filter(b -> b.name().equals("mmu")).findFirst().orElseThrow();
        var figures = bench.run(new BenchContext(ConfigsUnderTest.root(), scratch, new PrintStream(PrintStream.nullOutputStream()), true));
        int configs = ConfigsUnderTest.files().size();
        assertThat(figures).hasSize(2 * configs);
        assertThat(figures).extracting(Figure::name).contains("mmu.default_generate_seconds", "mmu.default_verilog_lines");
        assertThat(figures).allSatisfy(f -> assertThat(f.value()).isPositive());
    }
}
