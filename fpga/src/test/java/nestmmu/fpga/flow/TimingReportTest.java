package nestmmu.fpga.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimingReportTest {
    // trimmed from a real nextpnr-ice40 0.4 --report file, with a second clock added
    private static final String REPORT = """
            {"critical_paths": [],
             "fmax": {"clk_i$SB_IO_IN_$glb_clk": {"achieved": 133.67196655273438, "constraint": 12},
                      "uart_clk$glb_clk": {"achieved": 48.5, "constraint": 60}},
             "utilization": {"ICESTORM_LC": {"available": 7680, "used": 90},
                             "ICESTORM_RAM": {"available": 32, "used": 0},
                             "SB_IO": {"available": 256, "used": 10}}}
            """;

    @Test
    @DisplayName("Fmax per clock, named after the user's net; the design's Fmax is the slowest clock's")
    void clocks() {
        TimingReport t = TimingReport.parse(REPORT);
        assertThat(t.clocks()).extracting(TimingReport.ClockTiming::clock).containsExactly("clk_i", "uart_clk");
        assertThat(t.clocks().get(0).net()).isEqualTo("clk_i$SB_IO_IN_$glb_clk");
        assertThat(t.clocks().get(0).met()).isTrue();
        assertThat(t.fmaxMHz()).isEqualTo(48.5);
        assertThat(t.timingMet()).isFalse();
    }

    @Test
    @DisplayName("placed resources are read with their capacity")
    void resources() {
        TimingReport t = TimingReport.parse(REPORT);
        assertThat(t.logicCellsUsed()).isEqualTo(90);
        assertThat(t.resources().get("ICESTORM_RAM")).isEqualTo(new TimingReport.Resource(0, 32));
    }

    @Test
    @DisplayName("a design without clocks has no Fmax, and nothing to miss")
    void noClocks() {
        TimingReport t = TimingReport.parse("{\"fmax\": {}, \"utilization\": {}}");
        assertThat(t.fmaxMHz()).isNull();
        assertThat(t.timingMet()).isTrue();
        assertThat(t.logicCellsUsed()).isEqualTo(-1);
    }
}
