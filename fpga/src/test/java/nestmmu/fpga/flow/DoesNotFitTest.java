package nestmmu.fpga.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nestmmu.fpga.cli.SynthCommand;
import picocli.CommandLine;

/** A design larger than the device is a result: utilization, no Fmax, no bitstream. */
class DoesNotFitTest {
    /** A 8704 x 16 RAM: 34 block RAMs, two more than the HX8K has. */
    private static final String TOO_BIG = """
            module too_big (input wire clk_i, input wire we_i, input wire [13:0] addr_i, input wire [15:0] wdata_i,
                            output reg [15:0] rdata_o);
              reg [15:0] ram [0:8703];
              always @(posedge clk_i) begin
                if (we_i) ram[addr_i] <= wdata_i;
                else rdata_o <= ram[addr_i];
              end
            endmodule
            """;

    @Test
    @DisplayName("nextpnr's utilisation table is read when it cannot place")
    void utilisationFromTheLog() {
        TimingReport t = TimingReport.fromUtilisationLog(List.of(
                "Info: Device utilisation:",
                "Info: \t         ICESTORM_LC: 17034/ 7680   221%",
                "Info: \t        ICESTORM_RAM:     0/   32     0%",
                "",
                "ERROR: Unable to place cell 'x', no BELs remaining to implement cell type 'ICESTORM_LC'"));
        assertThat(t.fits()).isFalse();
        assertThat(t.overflow()).isEqualTo("ICESTORM_LC 17034/7680");
        assertThat(t.fmaxMHz()).isNull();
        assertThat(t.resources()).containsKeys("ICESTORM_LC", "ICESTORM_RAM");
    }

    @Test
    @DisplayName("synth of a core too large for the HX8K reports its cells, fits: false, no Fmax and no bitstream, exit 0")
    void tooBigCore(@TempDir Path dir) throws Exception {
        Path v = Files.writeString(dir.resolve("too_big.v"), TOO_BIG);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SynthCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("--target", "ice40", "--verilog", v.toString(), "--module", "too_big",
                "--out", dir.resolve("o").toString(), "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonObject j = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(j.get("brams").getAsInt()).isEqualTo(34);
        assertThat(j.get("fmaxMHz").isJsonNull()).isTrue();
        assertThat(j.get("bitstream").isJsonNull()).isTrue();
        assertThat(j.get("fits").getAsBoolean()).isFalse();
        assertThat(j.get("overflow").getAsString()).isEqualTo("ICESTORM_RAM 34/32");
        assertThat(j.get("timingMet").isJsonNull()).isTrue();
        assertThat(dir.resolve("o").resolve("nextpnr.log")).isRegularFile();

        out.getBuffer().setLength(0);
        assertThat(cl.execute("--target", "ice40", "--verilog", v.toString(), "--module", "too_big",
                "--out", dir.resolve("o").toString())).isZero();
        assertThat(out.toString()).contains("Fmax       - (does not fit the device: ICESTORM_RAM 34/32; nothing placed, no bitstream)");
    }
}
