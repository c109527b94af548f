package nestmmu.fpga.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LogExcerptTest {

    @Test
    @DisplayName("marked ERROR lines win over other mentions, and nextpnr's summary line is skipped")
    void markedFirst() {
        List<String> log = List.of("Info: no error here, just a word", "Warning: unmatched constraint 'x'",
                "ERROR: IO 'led_o[7]' is unconstrained in PCF", "ERROR: Loading PCF failed.", "1 warning, 2 errors");
        assertThat(LogExcerpt.errors(log, 3)).containsExactly("ERROR: IO 'led_o[7]' is unconstrained in PCF", "ERROR: Loading PCF failed.");
    }

    @Test
    @DisplayName("iverilog's 'file:line: syntax error' is found without a marker")
    void unmarked() {
        List<String> log = List.of("$ iverilog -o sim.vvp tb.v", "tb.v:3: syntax error", "I give up.");
        assertThat(LogExcerpt.errors(log, 3)).containsExactly("tb.v:3: syntax error");
    }

    @Test
    @DisplayName("with no error line at all, the last lines tell the story")
    void tail() {
        List<String> log = List.of("a", "b", "", "c", "d");
        assertThat(LogExcerpt.errors(log, 3)).containsExactly("b", "c", "d");
    }
}
