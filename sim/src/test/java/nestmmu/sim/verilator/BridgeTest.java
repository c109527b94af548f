package nestmmu.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import nestmmu.sim.verilator.fixtures.Fixtures;

/** The bridge against real Verilator builds of the handwritten fixtures. */
class BridgeTest {

    @Test
    void aCounterCountsOnlyWhenEnabledAndResetsToZero() {
        try (Simulation sim = Verilator.build(Fixtures.counter()).open()) {
            assertThat(sim.clock()).map(Port::name).contains("clk_i");
            sim.set("rst_ni", 0).tick(2);
            sim.set("rst_ni", 1).set("en_i", 1).tick(5);
            assertThat(sim.get("count_o")).isEqualTo(5);
            sim.set("en_i", 0).tick(3);
            assertThat(sim.get("count_o")).isEqualTo(5);
            sim.set("rst_ni", 0).tick();
            assertThat(sim.get("count_o")).isZero();
            assertThat(sim.cycle()).isEqualTo(11);
        }
    }

    @Test
    void aCombinationalOutputFollowsAnInputSetWithoutAClockEdge() {
        try (Simulation sim = Verilator.build(Fixtures.counter()).open()) {
            sim.set("rst_ni", 0).tick();
            sim.set("rst_ni", 1).set("en_i", 1).tick(255);
            assertThat(sim.get("count_o")).isEqualTo(255);
            assertThat(sim.get("wrap_o")).isEqualTo(1);
            sim.set("en_i", 0);
            assertThat(sim.get("wrap_o")).isZero();
            assertThat(sim.get("count_o")).isEqualTo(255);
        }
    }

    @Test
    void aCycleOfSetsTickAndGetsCostsOneNativeCall() {
        try (Simulation sim = Verilator.build(Fixtures.cam4()).open()) {
            long before = sim.nativeCalls();
            for (int c = 0; c < 10; c++) {
                sim.set("rst_ni", 1).set("lk_valid_i", 1).set("lk_key_i", c).set("wr_en_i", c & 1);
                sim.tick();
                sim.get("lk_hit_o");
                sim.get("hits_o");
            }
            assertThat(sim.nativeCalls() - before).isEqualTo(10);
        }
    }

    @Test
    void widePortsCarryEveryBitBothWays() {
        SplittableRandom random = TestSeed.random("BridgeTest.widePortsCarryEveryBitBothWays");
        try (Simulation sim = Verilator.build(Fixtures.wide()).open()) {
            BigInteger acc = BigInteger.ZERO;
            BigInteger mod128 = BigInteger.ONE.shiftLeft(128);
            sim.set("clear", 1).tick();
            sim.set("clear", 0);
            for (int i = 0; i < 200; i++) {
                BigInteger a = new BigInteger(100, new Random(random.nextLong()));
                BigInteger b = new BigInteger(100, new Random(random.nextLong()));
                sim.set("a", a).set("b", b);
                assertThat(sim.getBig("sum")).isEqualTo(a.add(b));
                assertThat(sim.get("low")).isEqualTo(a.longValue());
                sim.tick();
                acc = acc.add(a).mod(mod128);
                assertThat(sim.getBig("acc")).isEqualTo(acc);
            }
            sim.set("a", -1L).set("b", 1L);  // -1 on a 100-bit port is all ones
            assertThat(sim.getBig("sum")).isEqualTo(BigInteger.ONE.shiftLeft(100));
            assertThatThrownBy(() -> sim.get("acc")).hasMessageContaining("128 bits wide");
        }
    }

    @Test
    void stepRunsABatchExactlyAsTickRunsItCycleByCycle() {
        SplittableRandom random = TestSeed.random("BridgeTest.stepRunsABatchExactlyAsTickRunsItCycleByCycle");
        CompiledModel cam = Verilator.build(Fixtures.cam4());
        int cycles = 500;
        long[][] inputs = camTraffic(random, cycles);
        String[] names = {"rst_ni", "wr_en_i", "wr_idx_i", "wr_key_i", "wr_data_i", "lk_valid_i", "lk_key_i"};
        String[] outputs = {"lk_hit_o", "lk_idx_o", "lk_data_o", "hits_o"};
        try (Simulation stepped = cam.open(); Simulation ticked = cam.open()) {
            Batch batch = stepped.newBatch(cycles);
            for (int c = 0; c < cycles; c++) {
                for (int i = 0; i < names.length; i++) batch.set(c, stepped.port(names[i]), inputs[c][i]);
            }
            stepped.step(batch);
            CamReference reference = new CamReference();
            for (int c = 0; c < cycles; c++) {
                for (int i = 0; i < names.length; i++) ticked.set(names[i], inputs[c][i]);
                ticked.tick();
                long[] expected = reference.cycle(inputs[c]);
                for (int o = 0; o < outputs.length; o++) {
                    assertThat(batch.get(c, stepped.port(outputs[o]))).as("%s at cycle %d", outputs[o], c)
                            .isEqualTo(ticked.get(outputs[o])).isEqualTo(expected[o]);
                }
            }
            assertThat(stepped.get("hits_o")).isEqualTo(ticked.get("hits_o"));
            assertThat(stepped.cycle()).isEqualTo(cycles);
            assertThat(ticked.get("hits_o")).as("the traffic must exercise hits").isGreaterThan(20);
        }
    }

    @Test
    void pokeAndPeekSeeTheSameModelAsSetAndGet() {
        try (Simulation sim = Verilator.build(Fixtures.counter()).open()) {
            Port en = sim.port("en_i");
            Port count = sim.port("count_o");
            sim.poke(sim.port("rst_ni"), 0);
            sim.tick();
            sim.poke(sim.port("rst_ni"), 1);
            sim.poke(en, 1);
            sim.tick(7);
            assertThat(sim.peek(count)).isEqualTo(7).isEqualTo(sim.get(count));
            assertThat(sim.get(en)).isEqualTo(1);
        }
    }

    @Test
    void modelsOfDifferentDesignsAndInstancesOfOneRunSideBySide() {
        CompiledModel counter = Verilator.build(Fixtures.counter());
        CompiledModel cam = Verilator.build(Fixtures.cam4());
        try (Simulation c1 = counter.open(); Simulation c2 = counter.open(); Simulation k = cam.open()) {
            c1.set("rst_ni", 0).tick();
            c2.set("rst_ni", 0).tick();
            k.set("rst_ni", 0).tick();
            c1.set("rst_ni", 1).set("en_i", 1).tick(3);
            c2.set("rst_ni", 1).set("en_i", 1).tick(9);
            k.set("rst_ni", 1).set("wr_en_i", 1).set("wr_idx_i", 2).set("wr_key_i", 77).set("wr_data_i", 5).tick();
            k.set("wr_en_i", 0).set("lk_valid_i", 1).set("lk_key_i", 77).tick();
            assertThat(c1.get("count_o")).isEqualTo(3);
            assertThat(c2.get("count_o")).isEqualTo(9);
            assertThat(k.get("lk_hit_o")).isEqualTo(1);
            assertThat(k.get("lk_idx_o")).isEqualTo(2);
            assertThat(k.get("lk_data_o")).isEqualTo(5);
        }
    }

    @Test
    void escapedAndDoubleUnderscoreNamesAreReachableByTheirVerilogNames() {
        VerilogDesign names = VerilogDesign.of("names", Map.of("names.v", """
                module names (input wire clk, input wire \\a.b , input wire a__b, output wire [1:0] y);
                  assign y = {\\a.b , a__b};
                endmodule
                """));
        try (Simulation sim = Verilator.build(names).open()) {
            sim.set("a.b", 1).set("a__b", 0);
            assertThat(sim.get("y")).isEqualTo(2);
        }
    }

    @Test
    void aBuildErrorIsVerilatorsFirstErrorOnOneLine() {
        VerilogDesign bad = VerilogDesign.of("bad", Map.of("bad.v", """
                module bad (input wire clk, output wire q);
                  assign q = clk
                  wire oops;
                endmodule
                """));
        assertThatThrownBy(() -> Verilator.build(bad))
                .isInstanceOfSatisfying(VerilatorBuildException.class, e -> {
                    assertThat(e.getMessage()).startsWith("verilator (top bad) failed: %Error: bad.v:3:")
                            .doesNotContain("\n").doesNotContain(".cache").doesNotContain("Exiting due to");
                    assertThat(e.errors()).first().asString().contains("syntax error");
                    assertThat(e.log()).contains("bad.v:3");
                });
    }

    @Test
    void aMissingTopModuleIsABuildError() {
        assertThatThrownBy(() -> Verilator.build(new VerilogDesign("nosuchtop", Fixtures.counter().sources())))
                .isInstanceOf(VerilatorBuildException.class).hasMessageContaining("nosuchtop");
    }

    @Test
    void finishIsReportedAndStopIsAnErrorNotTheEndOfTheJvm() {
        VerilogDesign design = VerilogDesign.of("ender", Map.of("ender.v", """
                module ender (input wire clk, input wire [1:0] cmd);
                  always @(posedge clk) begin
                    if (cmd == 2'd1) $finish;
                    if (cmd == 2'd2) $stop;
                  end
                endmodule
                """));
        CompiledModel ender = Verilator.build(design);
        try (Simulation sim = ender.open(); Simulation bystander = ender.open()) {
            sim.tick(3);
            assertThat(sim.finished()).isFalse();
            sim.set("cmd", 1).tick();
            bystander.tick();
            assertThat(sim.finished()).isTrue();
            assertThat(bystander.finished()).as("$finish belongs to the instance that called it").isFalse();
        }
        try (Simulation sim = ender.open()) {
            sim.set("cmd", 2);
            assertThatThrownBy(sim::tick).isInstanceOf(SimulationError.class)
                    .hasMessageContaining("ender.v:4").hasMessageContaining("$stop");
            assertThatThrownBy(sim::tick).isInstanceOf(SimulationError.class);
        }
    }

    @Test
    void aDesignWithoutAClockEvaluatesButCannotTick() {
        VerilogDesign xor = VerilogDesign.of("xor2", Map.of("xor2.v",
                "module xor2 (input wire a, input wire b, output wire y);\n  assign y = a ^ b;\nendmodule\n"));
        try (Simulation sim = Verilator.build(xor).open()) {
            assertThat(sim.clock()).isEmpty();
            sim.set("a", 1).set("b", 0);
            assertThat(sim.get("y")).isEqualTo(1);
            assertThatThrownBy(sim::tick).isInstanceOf(IllegalStateException.class).hasMessageContaining("useClock");
            sim.useClock(sim.port("a"));
            sim.set("b", 1).tick();
            assertThat(sim.get("y")).as("a is low again after a clock cycle").isEqualTo(1);
        }
    }

    @Test
    void aWaveformFileCoversEveryCycleOnceTheSimulationCloses() throws IOException {
        Path wave = Path.of("target", "waves", "BridgeTest", "counter.fst");
        Files.deleteIfExists(wave);
        CompiledModel counter = Verilator.build(Fixtures.counter(), BuildOptions.DEFAULT.withWaves(true));
        try (Simulation sim = counter.open(wave)) {
            assertThat(sim.waveform()).contains(wave.toAbsolutePath());
            sim.set("rst_ni", 0).tick();
            sim.set("rst_ni", 1).set("en_i", 1).tick(20);
        }
        assertThat(wave).isRegularFile();
        try (InputStream in = Files.newInputStream(wave); DataInputStream data = new DataInputStream(in)) {
            // FST header block: type 0 (FST_BL_HDR), section length, start time, end time (big-endian)
            assertThat(data.readByte()).isZero();
            data.readLong();
            assertThat(data.readLong()).as("start time").isZero();
            assertThat(data.readLong()).as("end time: 21 cycles of 10 units").isEqualTo(210);
        }
        assertThat(wave.resolveSibling(".counter.fst.partial")).doesNotExist();
        assertThatThrownBy(() -> Verilator.build(Fixtures.counter()).open(wave))
                .hasMessageContaining("built without waves");
    }

    /** cam4's inputs, in the order rst_ni, wr_en_i, wr_idx_i, wr_key_i, wr_data_i, lk_valid_i, lk_key_i. */
    static long[][] camTraffic(SplittableRandom random, int cycles) {
        long[][] rows = new long[cycles][];
        for (int c = 0; c < cycles; c++) {
            rows[c] = new long[] {c < 2 ? 0 : 1, random.nextInt(3) == 0 ? 1 : 0, random.nextInt(4),
                    random.nextInt(8), random.nextLong(1L << 32), random.nextInt(2), random.nextInt(8)};
        }
        return rows;
    }

    /** What cam4 should do, written from its port comments. */
    static final class CamReference {
        private final long[] keys = new long[4];
        private final long[] data = new long[4];
        private final boolean[] valid = new boolean[4];
        private long hit;
        private long idx;
        private long out;
        private long hits;

        /** Applies one cycle's inputs at a rising edge; returns lk_hit_o, lk_idx_o, lk_data_o, hits_o after it. */
        long[] cycle(long[] in) {
            if (in[0] == 0) {
                java.util.Arrays.fill(valid, false);
                hit = idx = out = hits = 0;
                return new long[] {0, 0, 0, 0};
            }
            int first = -1;
            for (int e = 3; e >= 0; e--) if (valid[e] && keys[e] == in[6]) first = e;
            boolean lookupHit = in[5] == 1 && first >= 0;
            hit = lookupHit ? 1 : 0;
            idx = lookupHit ? first : 0;
            out = lookupHit ? data[first] : 0;
            if (lookupHit) hits++;
            if (in[1] == 1) {
                int e = (int) in[2];
                keys[e] = in[3];
                data[e] = in[4];
                valid[e] = true;
            }
            return new long[] {hit, idx, out, hits};
        }
    }
}
