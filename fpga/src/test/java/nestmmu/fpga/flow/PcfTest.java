package nestmmu.fpga.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nestmmu.io.BadInputException;

class PcfTest {

    @Test
    @DisplayName("the HX8K breakout pin file: 12 MHz clock on J3, FTDI UART on B10/B12, eight LEDs")
    void breakoutBoard() {
        Pcf pcf = Ice40Board.HX8K_BREAKOUT.pcf();
        assertThat(pcf.pinOf(BoardPorts.CLOCK)).isEqualTo("J3");
        assertThat(pcf.pinOf(BoardPorts.UART_RX)).isEqualTo("B10");
        assertThat(pcf.pinOf(BoardPorts.UART_TX)).isEqualTo("B12");
        List<String> leds = new ArrayList<>();
        for (int i = 0; i < 8; i++) leds.add(pcf.pinOf(BoardPorts.LEDS + "[" + i + "]"));
        assertThat(leds).containsExactly("C3", "B3", "C4", "C5", "A1", "A2", "B4", "B5");
        assertThat(pcf.pins()).hasSize(11);
        assertThat(pcf.text()).contains("picosoc/hx8kdemo.pcf");
        assertThat(Ice40Board.HX8K_BREAKOUT.clockMHz()).isEqualTo(12.0);
    }

    @Test
    @DisplayName("the Arty A7-35T constraints: 100 MHz clock on E3, four LEDs, USB-UART on D10/A9")
    void artyXdc() {
        String xdc = XilinxBoard.ARTY_A7_35T.xdc();
        assertThat(xdc).contains("PACKAGE_PIN E3 ").contains("-period 10.00")
                .contains("{ uart_tx_o }").contains("PACKAGE_PIN D10").contains("PACKAGE_PIN A9")
                .contains("{ led_o[3] }").contains("Arty-A7-35-Master.xdc");
        assertThat(XilinxBoard.ARTY_A7_35T.part().name()).isEqualTo("xc7a35ticsg324-1L");
    }

    @Test
    @DisplayName("options of set_io are skipped; comments and blank lines ignored")
    void options() {
        Pcf pcf = Pcf.parse("# pins\n\nset_io -nowarn a 1  # first\nset_io -pullup yes b 2\r\n", "t.pcf");
        assertThat(pcf.pins()).containsExactly(java.util.Map.entry("a", "1"), java.util.Map.entry("b", "2"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "set_io a 1\\nset_location x      | t.pcf line 2: expected set_io, got 'set_location'",
        "set_io a                         | t.pcf line 1: expected 'set_io PORT PIN', got 'set_io a'",
        "set_io -frob a 1                 | t.pcf line 1: unknown set_io option '-frob'",
        "set_io a 1\\nset_io a 2          | t.pcf line 2: port a is constrained twice",
    })
    void badLinesNameTheirLine(String text, String message) {
        assertThatThrownBy(() -> Pcf.parse(text.replace("\\n", "\n"), "t.pcf"))
                .isInstanceOf(BadInputException.class).hasMessage(message);
    }

    @Test
    void aPortWithoutAPinIsBadInput() {
        assertThatThrownBy(() -> Pcf.of(java.util.Map.of("a", "1")).pinOf("b"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no pin for port b");
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("the HX8K breakout has 8 user LEDs, the Arty 4, as their pin files say")
    void ledCounts() {
        assertThat(Ice40Board.HX8K_BREAKOUT.leds()).isEqualTo(8);
        assertThat(XilinxBoard.ARTY_A7_35T.leds()).isEqualTo(4);
    }
}
