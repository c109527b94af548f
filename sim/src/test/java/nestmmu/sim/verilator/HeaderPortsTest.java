package nestmmu.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nestmmu.io.BadInputException;

class HeaderPortsTest {
    private static final String HEADER = """
            class alignas(VL_CACHE_LINE_BYTES) Vdut VL_NOT_FINAL : public VerilatedModel {
              public:
                VL_IN8(&clk,0,0);
                VL_IN8(&weird__02ename,0,0);
                VL_INW(&a,99,0,4);
                VL_OUTW(&acc,127,0,4);
                VL_OUT64(&low,63,0);
                VL_IN16(&a___05Fb,15,0);
                VL_INOUT8(&bus,7,0);
                VL_OUT(&count,31,0);
            """;

    @Test
    void readsEveryKindOfPortWithItsVerilogName() {
        PortList ports = HeaderPorts.parse(HEADER);
        assertThat(ports.all()).extracting(Port::name)
                .containsExactly("clk", "weird.name", "a", "acc", "low", "a__b", "bus", "count");
        assertThat(ports.get("weird.name").cName()).isEqualTo("weird__02ename");
        assertThat(ports.get("a").width()).isEqualTo(100);
        assertThat(ports.get("acc").direction()).isEqualTo(PortDirection.OUTPUT);
        assertThat(ports.get("bus").direction()).isEqualTo(PortDirection.INOUT);
    }

    @Test
    void drivablePortsFillTheInputImageAndObservableOnesTheOutputImage() {
        PortList ports = HeaderPorts.parse(HEADER);
        // inputs: clk 0, weird.name 1, a 2-3, a__b 4, bus 5; outputs: acc 0-1, low 2, bus 3, count 4
        assertThat(ports.get("a").inSlot()).isEqualTo(2);
        assertThat(ports.get("a__b").inSlot()).isEqualTo(4);
        assertThat(ports.get("bus").inSlot()).isEqualTo(5);
        assertThat(ports.get("bus").outSlot()).isEqualTo(3);
        assertThat(ports.get("count").outSlot()).isEqualTo(4);
        assertThat(ports.inSlots()).isEqualTo(6);
        assertThat(ports.outSlots()).isEqualTo(5);
        assertThat(ports.get("acc").inSlot()).isEqualTo(-1);
    }

    @Test
    void anUnknownNameListsThePortsThereAre() {
        assertThatThrownBy(() -> HeaderPorts.parse(HEADER).get("clock"))
                .hasMessageContaining("no port 'clock'").hasMessageContaining("clk, weird.name, a");
    }

    @Test
    void anUnpackedArrayPortIsRefusedByName() {
        assertThatThrownBy(() -> HeaderPorts.parse("    VL_IN8((&mem)[4],7,0);\n"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("mem");
    }

    @Test
    void decodingUndoesVerilatorsEscapes() {
        assertThat(HeaderPorts.decode("__039lives")).isEqualTo("9lives");
        assertThat(HeaderPorts.decode("a___05Fb")).isEqualTo("a__b");
        assertThat(HeaderPorts.decode("plain_name")).isEqualTo("plain_name");
        assertThat(HeaderPorts.decode("x__0zz")).isEqualTo("x__0zz");
    }
}
