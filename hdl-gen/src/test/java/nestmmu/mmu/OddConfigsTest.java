package nestmmu.mmu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.config.MmuConfig;
import nestmmu.hdl.emit.Design;
import nestmmu.hdl.tools.Lint;

/**
 * Geometries and widths the committed configs do not use still generate lint-clean Verilog:
 * set-associative and direct-mapped L1, a fully associative L2, set-associative and
 * direct-mapped walk caches, one-entry caches, the widest and narrowest tags and addresses.
 */
class OddConfigsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"physAddrBits\": 52, \"vmidBits\": 16, \"asidBits\": 16, \"l1Tlb\": {\"entries\": 16, \"ways\": 4},"
                + " \"l2Tlb\": {\"entries\": 32, \"ways\": 32}, \"pwc\": {\"entries\": 8, \"ways\": 2}, \"nestedTlb\": {\"entries\": 4, \"ways\": 1}}",
        "{\"physAddrBits\": 32, \"vmidBits\": 1, \"asidBits\": 1, \"l1Tlb\": {\"entries\": 1},"
                + " \"pwc\": {\"entries\": 1}, \"nestedTlb\": {\"entries\": 2, \"ways\": 2}}",
        "{\"physAddrBits\": 44, \"l1Tlb\": {\"entries\": 8, \"ways\": 1}, \"l2Tlb\": {\"entries\": 16, \"ways\": 2},"
                + " \"pwc\": {\"entries\": 4, \"ways\": 1}}",
    })
    void generatesLintCleanVerilog(String json) {
        Design d = MmuGenerator.design(MmuConfig.parse(json, "odd"));
        assertThat(d.top()).isEqualTo(MmuTop.NAME);
        Lint.verilator(d);
    }
}
