package nestmmu.fpga.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.io.BadInputException;

class DesignTest {
    private static final VerilogSource SRC = VerilogSource.text("m.v", "module m; endmodule\n");

    @Test
    @DisplayName("names that would break a yosys script are bad input")
    void identifiers() {
        assertThatThrownBy(() -> Design.of("m; shell rm", SRC)).isInstanceOf(BadInputException.class)
                .hasMessage("top module name 'm; shell rm': not a Verilog identifier");
        assertThatThrownBy(() -> Design.of("m", SRC).withParameter("W idth", 3)).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> VerilogSource.text("../x.v", "")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> Design.of("m", List.of())).isInstanceOf(BadInputException.class);
    }

    @Test
    @DisplayName("the script reads, overrides parameters, then keeps hierarchy, then elaborates")
    void scriptOrder(@TempDir Path dir) {
        Design d = Design.of("top", SRC, VerilogSource.text("t.sv", "module top; m u(); endmodule\n"))
                .withParameter("m", "W", 8).withParameter("W", 2).withParameter("m", "W", 9)
                .keepingHierarchyOf("m");
        assertThat(YosysScript.elaborating(d, dir).text()).isEqualTo("""
                read_verilog "src/m.v"
                read_verilog -sv "src/t.sv"
                chparam -set W 2 top
                chparam -set W 9 m
                setattr -mod -set keep_hierarchy 1 m
                hierarchy -check -top top
                """);
        assertThat(dir.resolve("src/t.sv")).hasContent("module top; m u(); endmodule");
    }

    @Test
    void aMissingFileIsBadInput(@TempDir Path dir) {
        Design d = Design.ofFiles("m", List.of(dir.resolve("nope.v")));
        assertThatThrownBy(() -> YosysScript.elaborating(d, dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("nope.v: no such file");
    }
}
