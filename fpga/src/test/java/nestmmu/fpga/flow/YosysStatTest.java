package nestmmu.fpga.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class YosysStatTest {
    // the shape yosys 0.23 writes with "tee -o stat.json stat -json" for a design with a kept submodule
    private static final String HIERARCHICAL = """
            {
               "creator": "Yosys 0.23 (git sha1 7ce5011c24b)",
               "invocation": "stat -json ",
               "modules": {
                  "\\\\ooc_wrapper": {
                     "num_cells": 66,
                     "num_cells_by_type": { "SB_DFF": 49, "SB_LUT4": 16, "ram256": 1 }
                  },
                  "\\\\ram256": {
                     "num_cells": 66,
                     "num_cells_by_type": { "SB_DFF": 42, "SB_LUT4": 23, "SB_RAM40_4K": 1 }
                  }
               },
                  "design": {
                     "num_cells": 131,
                     "num_cells_by_type": { "SB_DFF": 91, "SB_LUT4": 39, "SB_RAM40_4K": 1 }
                  }
            }
            """;

    @Test
    @DisplayName("per-module counts lose yosys' backslash; design totals expand kept submodules")
    void hierarchical() {
        YosysStat s = YosysStat.parse(HIERARCHICAL);
        assertThat(s.modules()).containsOnlyKeys("ooc_wrapper", "ram256");
        assertThat(s.module("ooc_wrapper")).containsEntry("ram256", 1).containsEntry("SB_DFF", 49);
        assertThat(s.design()).containsEntry("SB_DFF", 91).containsEntry("SB_RAM40_4K", 1);
        assertThatThrownBy(() -> s.module("nope")).hasMessageContaining("no module nope");
    }

    @Test
    @DisplayName("a single module without a design section is its own total")
    void singleModule() {
        YosysStat s = YosysStat.parse("{\"modules\": {\"\\\\top\": {\"num_cells_by_type\": {\"SB_LUT4\": 3}}}}");
        assertThat(s.design()).containsEntry("SB_LUT4", 3);
    }
}
