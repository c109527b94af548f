package nestmmu.mmu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import nestmmu.config.MmuConfig;
import nestmmu.hdl.emit.Design;
import nestmmu.hdl.tools.Lint;

/**
 * Every config's MMU passes {@code verilator --lint-only -Wall} without a warning and yosys
 * {@code hierarchy -check; proc; check -assert; synth}. The configs are checked side by side:
 * yosys maps the large config's L2 TLB memories to flip-flops, which takes it a while.
 */
class MmuLintTest {
    @Test
    void everyConfigIsLintCleanAndSynthesizes() {
        List<MmuConfig> configs = ConfigsUnderTest.all();
        List<CompletableFuture<String>> checks = configs.stream()
                .map(c -> CompletableFuture.supplyAsync(() -> {
                    Design d = MmuGenerator.design(c);
                    Lint.verilator(d);
                    return Lint.yosys(d);
                }))
                .toList();
        for (int i = 0; i < configs.size(); i++) {
            String stat = checks.get(i).join();
            assertThat(stat).as(configs.get(i).name()).contains("Number of cells");
        }
    }
}
