package nestmmu.mmu;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.opentest4j.AssertionFailedError;

import nestmmu.arch.AccessType;
import nestmmu.sim.mem.Memory;
import nestmmu.sim.model.Context;
import nestmmu.tb.Dut;

/**
 * Drives a generated MmuTop cycle by cycle for block tests: offers one request (or flush) at a
 * time, takes every response at once, and plays the memory — each accepted request is answered
 * {@code latency} cycles later from this side's own memory; with a random source the memory also
 * holds {@code mem_req_ready_i} low at random and the latency varies.
 */
final class RtlMmu {
    private static final int TIMEOUT_CYCLES = 20_000;

    private final Dut dut;
    private final Memory memory;
    private final int latency;
    private final SplittableRandom jitter;
    private long edges;
    private boolean pending;
    private long dueEdge;
    private long rspData;
    private boolean memReady;

    /** {@code jitter} null: ready always high, fixed {@code latency}. */
    RtlMmu(Dut dut, Memory memory, int latency, SplittableRandom jitter) {
        this.dut = dut;
        this.memory = memory;
        this.latency = latency;
        this.jitter = jitter;
        dut.clock().start();
        dut.set("req_valid_i", 0).set("rsp_ready_i", 1).set("ctl_valid_i", 0)
                .set("mem_req_ready_i", 1).set("mem_rsp_valid_i", 0).set("mem_rsp_rdata_i", 0);
        dut.reset();
    }

    Dut dut() {
        return dut;
    }

    Observed translate(Context c, long va, AccessType type, boolean user) {
        dut.set("req_valid_i", 1).set("req_va_i", va & nestmmu.arch.Paging.VA_MASK).set("req_access_i", type.ordinal())
                .set("req_user_i", user ? 1 : 0).set("req_mode_i", c.mode().ordinal()).set("req_vmid_i", c.vmid())
                .set("req_asid_i", c.asid()).set("req_root_i", c.root())
                .set("req_nroot_i", Math.max(0, c.nestedRoot()));
        List<Observed.Ref> refs = new ArrayList<>();
        long accepted = -1;
        for (int n = 0; n < TIMEOUT_CYCLES; n++) {
            driveMemory();
            boolean offered = accepted < 0;
            if (!offered && dut.get("rsp_valid_o") == 1) {
                Observed o = Observed.ofRtl((int) dut.get("rsp_fault_o"), dut.get("rsp_pa_o"), (int) dut.get("rsp_page_size_o"),
                        (int) dut.get("rsp_perm_o"), dut.get("rsp_dirty_o") == 1, dut.get("rsp_global_o") == 1,
                        (int) dut.get("rsp_error_code_o"), dut.get("rsp_fault_addr_o"), dut.get("rsp_npf_final_o") == 1,
                        dut.get("rsp_npf_table_o") == 1, (int) dut.get("rsp_source_o"), edges - accepted, refs);
                tick();   // rsp_ready_i is high: the response is taken on this edge
                return o;
            }
            boolean fires = offered && dut.get("req_ready_o") == 1;
            serveMemory(refs);
            tick();
            if (fires) {
                accepted = edges;
                dut.set("req_valid_i", 0);
            }
        }
        throw new AssertionFailedError("no response within " + TIMEOUT_CYCLES + " cycles; " + dut.whereabouts());
    }

    /** Offers a flush until it is taken, then waits until the MMU is ready again. */
    void flush(Encodings.FlushOp op, int vmid, int asid, long va) {
        dut.set("ctl_valid_i", 1).set("ctl_op_i", op.code()).set("ctl_vmid_i", vmid).set("ctl_asid_i", asid)
                .set("ctl_va_i", va & nestmmu.arch.Paging.VA_MASK);
        for (int n = 0; dut.get("ctl_ready_o") == 0; n++) {
            if (n == TIMEOUT_CYCLES) throw new AssertionFailedError("flush never accepted; " + dut.whereabouts());
            tick();
        }
        tick();
        dut.set("ctl_valid_i", 0);
        waitReady();
    }

    /** Runs until {@code req_ready_o} is high (after reset the L2 TLB sweeps). */
    void waitReady() {
        for (int n = 0; dut.get("req_ready_o") == 0; n++) {
            if (n == TIMEOUT_CYCLES) throw new AssertionFailedError("never ready; " + dut.whereabouts());
            tick();
        }
    }

    long counter(String name) {
        return dut.get("perf_" + name + "_o");
    }

    private void driveMemory() {
        memReady = jitter == null || jitter.nextInt(4) != 0;
        dut.set("mem_req_ready_i", memReady ? 1 : 0);
        boolean respond = pending && edges + 1 == dueEdge;
        dut.set("mem_rsp_valid_i", respond ? 1 : 0).set("mem_rsp_rdata_i", respond ? rspData : 0);
    }

    private void serveMemory(List<Observed.Ref> refs) {
        if (pending && edges + 1 == dueEdge) pending = false;
        if (!memReady || dut.get("mem_req_valid_o") == 0) return;
        if (pending) throw new AssertionFailedError("a second memory request while one is outstanding; " + dut.whereabouts());
        long address = dut.get("mem_req_addr_o");
        if (dut.get("mem_req_write_o") == 1) {
            long value = dut.get("mem_req_wdata_o");
            memory.write(address, value);
            refs.add(new Observed.Ref(true, address, value));
            rspData = 0;
        } else {
            rspData = memory.read(address);
            refs.add(new Observed.Ref(false, address, rspData));
        }
        pending = true;
        int l = jitter == null ? latency : latency + jitter.nextInt(4);
        dueEdge = edges + 1 + l;
    }

    private void tick() {
        dut.await(dut.clock().risingEdge());
        edges++;
    }
}
