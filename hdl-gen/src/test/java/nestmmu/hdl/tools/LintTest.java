package nestmmu.hdl.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.hdl.emit.Design;

/** The lint helpers pass clean designs and fail with the tools' own words on bad ones. */
class LintTest {
    private static Design handwritten(String top, String text) {
        return new Design(top, Map.of(top + ".v", text), List.of());
    }

    @Test
    @DisplayName("verilator's warning about an unused input comes through verbatim")
    void verilatorWarningFails() {
        Design d = handwritten("bad", "module bad (input wire [1:0] a_i, output wire y_o);\n  assign y_o = a_i[0];\nendmodule\n");
        assertThatThrownBy(() -> Lint.verilator(d)).isInstanceOf(ToolException.class)
                .hasMessageContaining("%Warning-UNUSEDSIGNAL").hasMessageContaining("a_i");
    }

    @Test
    @DisplayName("yosys' check -assert rejects a logic loop")
    void yosysCheckFails() {
        Design d = handwritten("loop", "module loop (input wire a_i, output wire y_o);\n  wire w;\n  assign w = ~(w & a_i);\n  assign y_o = w;\nendmodule\n");
        assertThatThrownBy(() -> Lint.yosys(d)).isInstanceOf(ToolException.class).hasMessageContaining("loop");
    }

    @Test
    @DisplayName("a clean design passes both and yields yosys' cell statistics")
    void cleanDesignPasses() {
        Design d = handwritten("inv", "module inv (input wire a_i, output wire y_o);\n  assign y_o = !a_i;\nendmodule\n");
        Lint.verilator(d);
        assertThat(Lint.yosys(d)).contains("Number of cells");
    }

    @Test
    @DisplayName("a missing tool is reported by name")
    void missingTool(@TempDir Path dir) {
        assertThatThrownBy(() -> ToolRun.run(dir, Duration.ofSeconds(5), List.of("no-such-hdl-tool", "-v")))
                .isInstanceOf(ToolException.class).hasMessageContaining("no-such-hdl-tool could not be started");
    }
}
