package nestmmu.fpga.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CellLibraryTest {

    @Test
    @DisplayName("iCE40: SB_LUT4 are LUTs, every SB_DFF variant a flip-flop, SB_RAM40_4K a block RAM; carries are neither")
    void ice40() {
        Utilization u = CellLibrary.ICE40.utilization(Map.of(
                "SB_LUT4", 81, "SB_CARRY", 44, "SB_DFFE", 15, "SB_DFFESR", 19, "SB_DFFNSS", 3, "SB_DFF", 2,
                "SB_RAM40_4K", 2, "SB_RAM40_4KNR", 1));
        assertThat(u.luts()).isEqualTo(81);
        assertThat(u.ffs()).isEqualTo(39);
        assertThat(u.brams()).isEqualTo(3.0);
        assertThat(u.bramsNumber()).isEqualTo(3L);
        assertThat(u.cells()).containsEntry("SB_CARRY", 44).hasSize(8);
    }

    @Test
    @DisplayName("7-series: LUT1..6 and INV, LUTs inside distributed RAM, registers and latches, RAMB36 = 1 and RAMB18 = 1/2")
    void xilinx() {
        Utilization u = CellLibrary.XILINX7.utilization(Map.ofEntries(
                Map.entry("LUT1", 1), Map.entry("LUT3", 32), Map.entry("LUT6", 22), Map.entry("INV", 6),
                Map.entry("RAM64M", 2), Map.entry("SRLC32E", 3), Map.entry("MUXF7", 10), Map.entry("CARRY4", 13),
                Map.entry("FDRE", 58), Map.entry("FDSE", 3), Map.entry("FDCE", 1), Map.entry("FDPE", 1), Map.entry("LDCE", 1),
                Map.entry("RAMB36E1", 2), Map.entry("RAMB18E1", 3), Map.entry("BUFG", 1)));
        assertThat(u.luts()).isEqualTo(1 + 32 + 22 + 6 + 2 * 4 + 3);
        assertThat(u.ffs()).isEqualTo(64);
        assertThat(u.brams()).isEqualTo(3.5);
        assertThat(u.summary()).containsEntry("brams", 3.5).containsEntry("luts", 72);
    }
}
