package nestmmu.fpga.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.fpga.testing.Rtl;
import nestmmu.fpga.testing.Seeds;
import nestmmu.hdl.emit.Design;
import nestmmu.hdl.tools.Lint;
import nestmmu.sim.verilator.Simulation;

class SelfTestSequencerTest {
    private static final int WATCHDOG_BITS = 8;
    private static SelfTestScript script;
    private static Design design;

    @BeforeAll
    static void build() {
        script = SelfTestScript.of(Configs.load("small"));
        design = Design.verilog(() -> new SelfTestSequencer(script, WATCHDOG_BITS));
        Lint.all(design);
    }

    private record Outcome(int steps, long done, long passed, long failed, long timeout, int passes, int step) {}

    private static Outcome run(int corruptStep, int silentStep, String name) {
        SplittableRandom random = Seeds.random("SelfTestSequencerTest " + name);
        try (Simulation sim = Rtl.open(design)) {
            sim.set("rst_i", 1).tick();
            sim.set("rst_i", 0);
            MmuStandIn mmu = new MmuStandIn(sim, script, random, corruptStep, silentStep);
            for (int i = 0; i < 20_000 && sim.get("done_o") == 0; i++) {
                assertThat(sim.get("passed_o")).isZero();
                mmu.cycle();
                sim.tick();
            }
            return new Outcome(mmu.stepsTaken(), sim.get("done_o"), sim.get("passed_o"), sim.get("failed_o"), sim.get("timeout_o"),
                    (int) (sim.get("pass_digit_1_o") * 10 + sim.get("pass_digit_0_o")),
                    (int) (sim.get("step_digit_1_o") * 10 + sim.get("step_digit_0_o")));
        }
    }

    @Test
    @DisplayName("an MMU that gives the model's answers, whatever its latency and stalls, passes every step")
    void allMatch() {
        Outcome o = run(-1, -1, "all match");
        assertThat(o).isEqualTo(new Outcome(script.steps().size(), 1, 1, 0, 0, 20, 0));
    }

    @Test
    @DisplayName("a wrong physical address fails the test and names the step")
    void wrongAddress() {
        Outcome o = run(0, -1, "wrong address");
        assertThat(o).isEqualTo(new Outcome(script.steps().size(), 1, 0, 1, 0, 19, 1));
    }

    @Test
    @DisplayName("a wrong fault error code fails the test and names the step")
    void wrongErrorCode() {
        int step = 17; // step 18: the final-address #NPF
        assertThat(((SelfTestStep.Translate) script.steps().get(step)).expected().fault()).isEqualTo(2);
        Outcome o = run(step, -1, "wrong error code");
        assertThat(o).isEqualTo(new Outcome(script.steps().size(), 1, 0, 1, 0, 19, 18));
    }

    @Test
    @DisplayName("an MMU that never answers stops the test at the watchdog and names the step")
    void timeout() {
        Outcome o = run(-1, 12, "timeout");
        assertThat(o).isEqualTo(new Outcome(13, 1, 0, 0, 1, 11, 13));
    }
}
