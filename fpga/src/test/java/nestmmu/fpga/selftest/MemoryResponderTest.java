package nestmmu.fpga.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.fpga.testing.Rtl;
import nestmmu.fpga.testing.Seeds;
import nestmmu.hdl.emit.Design;
import nestmmu.hdl.tools.Lint;
import nestmmu.sim.verilator.Simulation;

class MemoryResponderTest {

    @Test
    @DisplayName("reads answer the image one cycle later, writes inside it stick, everything outside reads zero")
    void behavesLikeTheImage() {
        TableImage image = SelfTestScript.of(Configs.load("small")).image();
        Design d = Design.verilog(() -> new MemoryResponder(image, Configs.load("small")));
        Lint.all(d);
        long[] memory = image.words();
        SplittableRandom random = Seeds.random("MemoryResponderTest");
        try (Simulation sim = Rtl.open(d)) {
            sim.set("rst_i", 1).tick();
            sim.set("rst_i", 0);
            boolean pendingRead = false;
            boolean pending = false;
            long expected = 0;
            for (int i = 0; i < 4000; i++) {
                if (pending) {
                    assertThat(sim.get("mem_rsp_valid_o")).as("cycle %d", i).isEqualTo(1);
                    if (pendingRead) assertThat(sim.get("mem_rsp_rdata_o")).as("cycle %d", i).isEqualTo(expected);
                } else {
                    assertThat(sim.get("mem_rsp_valid_o")).as("cycle %d", i).isZero();
                }
                boolean valid = random.nextInt(3) != 0;
                long address = address(random, image);
                boolean write = random.nextInt(4) == 0;
                long data = random.nextLong();
                sim.set("mem_req_valid_i", valid ? 1 : 0).set("mem_req_addr_i", address).set("mem_req_write_i", write ? 1 : 0)
                   .set("mem_req_wdata_i", data);
                assertThat(sim.get("mem_req_ready_o")).isEqualTo(1);
                pending = valid;
                pendingRead = valid && !write;
                if (pendingRead) expected = image.covers(address) ? memory[image.index(address)] : 0;
                if (valid && write && image.covers(address)) memory[image.index(address)] = data;
                sim.tick();
            }
        }
    }

    /** Mostly covered words, some uncovered entries of region pages, some addresses far away. */
    private static long address(SplittableRandom r, TableImage image) {
        long page = image.base() + (long) r.nextInt(image.slots()) * 0x1000;
        return switch (r.nextInt(4)) {
            case 0 -> page + 8L * r.nextInt(512);
            case 1 -> (r.nextLong() & 0xffff_fff8L);
            default -> page + 8L * r.nextInt(image.window());
        };
    }
}
