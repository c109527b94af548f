package nestmmu.fpga.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import nestmmu.arch.Paging;
import nestmmu.sim.verilator.Simulation;

/**
 * Plays the MMU for a {@link SelfTestSequencer} in Verilator: checks that each request and flush
 * is the script's next step, and answers with the script's expected response (or a corrupted
 * one, or none) after a random delay, holding ready low at random.
 */
final class MmuStandIn {
    private final Simulation sim;
    private final List<SelfTestStep> steps;
    private final SplittableRandom random;
    private final int corruptStep;
    private final int silentStep;
    private int next;
    private int delay = -1;
    private SelfTestStep.Translate inFlight;

    /** {@code corruptStep}/{@code silentStep}: 0-based step answered wrongly / never; -1 for none. */
    MmuStandIn(Simulation sim, SelfTestScript script, SplittableRandom random, int corruptStep, int silentStep) {
        this.sim = sim;
        this.steps = script.steps();
        this.random = random;
        this.corruptStep = corruptStep;
        this.silentStep = silentStep;
    }

    /** Drives the MMU side for one cycle (before the edge). */
    void cycle() {
        boolean reqReady = inFlight == null && random.nextInt(3) != 0;
        boolean ctlReady = inFlight == null && random.nextInt(3) != 0;
        sim.set("req_ready_i", reqReady ? 1 : 0).set("ctl_ready_i", ctlReady ? 1 : 0);
        boolean answering = inFlight != null && delay == 0;
        sim.set("rsp_valid_i", answering ? 1 : 0);
        if (answering) drive(inFlight.expected(), next - 1 == corruptStep);
        if (answering && sim.get("rsp_ready_o") == 1) inFlight = null;
        else if (inFlight != null && delay > 0) delay--;

        if (reqReady && sim.get("req_valid_o") == 1) {
            SelfTestStep.Translate t = (SelfTestStep.Translate) steps.get(next);
            assertThat(sim.get("req_va_o")).isEqualTo(t.va() & Paging.VA_MASK);
            assertThat(sim.get("req_mode_o")).isEqualTo(PortCodes.mode(t.context().mode()));
            assertThat(sim.get("req_access_o")).isEqualTo(PortCodes.access(t.access()));
            assertThat(sim.get("req_user_o")).isEqualTo(t.user() ? 1 : 0);
            assertThat(sim.get("req_vmid_o")).isEqualTo(t.context().vmid());
            assertThat(sim.get("req_asid_o")).isEqualTo(t.context().asid());
            assertThat(sim.get("req_root_o")).isEqualTo(t.context().root());
            assertThat(sim.get("req_nroot_o")).isEqualTo(Math.max(0, t.context().nestedRoot()));
            inFlight = next == silentStep ? null : t;
            delay = random.nextInt(4) == 0 ? random.nextInt(60) : random.nextInt(2);
            next++;
        }
        if (ctlReady && sim.get("ctl_valid_o") == 1) {
            SelfTestStep.Flush f = (SelfTestStep.Flush) steps.get(next);
            assertThat(sim.get("ctl_op_o")).isEqualTo(f.op().code());
            assertThat(sim.get("ctl_vmid_o")).isEqualTo(f.vmid());
            assertThat(sim.get("ctl_va_o")).isEqualTo(f.va() & Paging.VA_MASK);
            next++;
        }
    }

    int stepsTaken() { return next; }

    private void drive(ExpectedResponse e, boolean corrupt) {
        long pa = e.pa();
        long addr = e.faultAddr();
        int code = e.errorCode();
        if (corrupt) {
            if (e.ok()) pa ^= 1L << 12;
            else code ^= 1;
        }
        sim.set("rsp_fault_i", e.fault()).set("rsp_pa_i", pa).set("rsp_page_size_i", e.pageSize())
           .set("rsp_perm_i", e.perms()).set("rsp_dirty_i", e.dirty() ? 1 : 0).set("rsp_global_i", e.global() ? 1 : 0)
           .set("rsp_error_code_i", code).set("rsp_npf_final_i", e.npfFinal() ? 1 : 0)
           .set("rsp_npf_table_i", e.npfTable() ? 1 : 0).set("rsp_fault_addr_i", addr).set("rsp_source_i", e.source());
        if (!e.ok() || corrupt) return;
        // fields that do not count for a translation may hold anything
        sim.set("rsp_error_code_i", random.nextInt(32)).set("rsp_fault_addr_i", random.nextLong() & Paging.VA_MASK);
    }
}
