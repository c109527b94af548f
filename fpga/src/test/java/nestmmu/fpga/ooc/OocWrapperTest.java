package nestmmu.fpga.ooc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.fpga.flow.Design;
import nestmmu.fpga.flow.ToolRunner;
import nestmmu.fpga.flow.VerilogSource;
import nestmmu.fpga.sim.NetlistSimulation;
import nestmmu.fpga.sim.SimulationResult;
import nestmmu.io.BadInputException;

class OocWrapperTest {
    private static final CorePort CLK = new CorePort("clk", CorePort.Direction.INPUT, 1);

    private static CorePort in(String name, int width) { return new CorePort(name, CorePort.Direction.INPUT, width); }

    private static CorePort out(String name, int width) { return new CorePort(name, CorePort.Direction.OUTPUT, width); }

    @Test
    @DisplayName("inputs take consecutive stimulus bits and outputs consecutive result bits, in port order")
    void connections() {
        CoreInterface core = new CoreInterface("c", List.of(in("a", 3), CLK, out("y", 2), in("b", 1), out("z", 1)));
        String v = OocWrapper.verilog(core, Optional.of(CLK));
        assertThat(v).contains(".a (stimulus_q[2:0])", ".clk (clk_i)", ".y (result_w[1:0])", ".b (stimulus_q[3])", ".z (result_w[2])")
                .contains("reg [3:0] stimulus_q").contains("reg [2:0] capture_q").contains("assign dout_o = signature_q[2];")
                .contains("signature_q[2] ^ stimulus_q[3]");
    }

    @Test
    @DisplayName("the wrapper drives the core's inputs from din_i and its signature changes with the core's outputs")
    void simulatesAroundACore(@TempDir Path dir) {
        // the core inverts its input: with din_i held at 0 the signature fills with ones; with 1 it stays at 0
        String core = "module inv(input [1:0] a, output [1:0] y); assign y = ~a; endmodule\n";
        CoreInterface ports = new CoreInterface("inv", List.of(in("a", 2), out("y", 2)));
        String tb = """
                module tb;
                  reg clk = 0, din = 0;
                  wire dout;
                  nestmmu_ooc_wrapper w(.clk_i(clk), .din_i(din), .dout_o(dout));
                  task tick; begin #1 clk = 1; #1 clk = 0; end endtask
                  integer i;
                  initial begin
                    for (i = 0; i < 6; i = i + 1) tick;
                    if (w.capture_q !== 2'b11) begin $display("FAIL: capture %b", w.capture_q); $finish; end
                    if (dout !== 1'b1 && w.signature_q === 2'b00) begin $display("FAIL: signature stuck"); $finish; end
                    din = 1;
                    for (i = 0; i < 6; i = i + 1) tick;
                    if (w.capture_q !== 2'b00) begin $display("FAIL: capture %b", w.capture_q); $finish; end
                    $display("PASS");
                    $finish;
                  end
                endmodule
                """;
        Design d = Design.of(OocWrapper.TOP, VerilogSource.text("inv.v", core),
                VerilogSource.text("w.v", OocWrapper.verilog(ports, Optional.empty())));
        SimulationResult r = new NetlistSimulation(ToolRunner.withDefaultTimeout())
                .rtl(d, VerilogSource.text("tb.v", tb), "tb", dir.resolve("sim"));
        assertThat(r.passed()).as(String.join("\n", r.output())).isTrue();
    }

    @Test
    @DisplayName("a core without data inputs feeds din_i into the signature; one output bit needs no rotation")
    void smallestShapes() {
        String v = OocWrapper.verilog(new CoreInterface("c", List.of(CLK, out("y", 1))), Optional.of(CLK));
        assertThat(v).doesNotContain("stimulus_q").contains("signature_q <= signature_q ^ din_i ^ capture_q;");
        String one = OocWrapper.verilog(new CoreInterface("c", List.of(in("a", 1), out("y", 4))), Optional.empty());
        assertThat(one).contains("stimulus_q <= din_i;");
    }

    @Test
    @DisplayName("inout ports, no outputs, or a core named like the wrapper are bad input")
    void refusals() {
        assertThatThrownBy(() -> OocWrapper.verilog(new CoreInterface("c",
                List.of(new CorePort("io", CorePort.Direction.INOUT, 1), out("y", 1))), Optional.empty()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("inout port io");
        assertThatThrownBy(() -> OocWrapper.verilog(new CoreInterface("c", List.of(in("a", 1))), Optional.empty()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("has no outputs");
        assertThatThrownBy(() -> OocWrapper.verilog(new CoreInterface(OocWrapper.TOP, List.of(out("y", 1))), Optional.empty()))
                .isInstanceOf(BadInputException.class);
    }
}
