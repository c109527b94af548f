package nestmmu.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.sim.verilator.fixtures.Fixtures;

/** Post-synthesis simulation: a yosys netlist goes through the bridge like any other Verilog. */
class NetlistTest {
    @TempDir
    Path dir;

    @Test
    void aYosysNetlistOfTheCamBehavesCycleForCycleLikeItsRtl() throws IOException {
        Path rtl = Files.writeString(dir.resolve("cam4.v"), Fixtures.cam4().sources().get("cam4.v"));
        Path netlist = dir.resolve("cam4_netlist.v");
        Processes.check(List.of("yosys", "-q", "-p", "read_verilog " + rtl + "; synth -top cam4; write_verilog -noattr "
                + netlist), dir, "yosys");
        assertThat(Files.readString(netlist)).as("a gate-level netlist, memories mapped to flops")
                .doesNotContain("[0:3]").contains("always @(posedge clk_i)");

        SplittableRandom random = TestSeed.random("NetlistTest.aYosysNetlistOfTheCamBehavesCycleForCycleLikeItsRtl");
        long[][] traffic = BridgeTest.camTraffic(random, 400);
        String[] inputs = {"rst_ni", "wr_en_i", "wr_idx_i", "wr_key_i", "wr_data_i", "lk_valid_i", "lk_key_i"};
        String[] outputs = {"lk_hit_o", "lk_idx_o", "lk_data_o", "hits_o"};
        try (Simulation gates = Verilator.build(VerilogDesign.fromFiles("cam4", netlist)).open();
             Simulation behaviour = Verilator.build(Fixtures.cam4()).open()) {
            for (long[] cycle : traffic) {
                for (int i = 0; i < inputs.length; i++) {
                    gates.set(inputs[i], cycle[i]);
                    behaviour.set(inputs[i], cycle[i]);
                }
                gates.tick();
                behaviour.tick();
                for (String out : outputs) {
                    assertThat(gates.get(out)).as("%s at cycle %d", out, gates.cycle()).isEqualTo(behaviour.get(out));
                }
            }
            assertThat(behaviour.get("hits_o")).isPositive();
        }
    }
}
