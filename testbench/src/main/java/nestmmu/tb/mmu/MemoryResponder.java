package nestmmu.tb.mmu;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nestmmu.sim.mem.Memory;
import nestmmu.tb.CycleListener;
import nestmmu.tb.Dut;

/**
 * Plays the MMU's memory: takes requests on {@code mem_req_*} when its {@link MemoryTiming} says
 * it is ready, performs them on its own {@link Memory} at once (the MMU has one request in flight,
 * so nothing can come between), and answers on {@code mem_rsp_*} after the timing's latency, in
 * request order. It records every access ({@link #takeAccesses()}) and every breach of the port
 * contract ({@link #takeViolations()}) — a misaligned address, a second request in flight — as
 * results, not exceptions: a broken MMU is what the harness is there to report.
 */
public final class MemoryResponder implements CycleListener {
    private record Pending(long edge, long data) {}

    private final MemoryPins pins;
    private final Memory memory;
    private final MemoryTiming timing;
    private final long addressLimit;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final List<MemoryAccess> accesses = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private boolean readyNow;
    private long lastResponseEdge;
    private long reads;
    private long writes;
    private long stalledCycles;

    public MemoryResponder(MemoryPins pins, Memory memory, MemoryTiming timing) {
        this.pins = pins;
        this.memory = memory;
        this.timing = timing;
        this.addressLimit = 1L << pins.addressBits();
    }

    @Override
    public void beforeEdge(Dut dut) {
        readyNow = timing.ready();
        pins.reqReady().set(readyNow ? 1 : 0);
        Pending head = pending.peekFirst();
        if (head != null && head.edge() == dut.cycle() + 1) {
            pins.rspValid().set(1);
            pins.rspRdata().set(head.data());
        } else {
            pins.rspValid().set(0);
            pins.rspRdata().set(0);
        }
    }

    @Override
    public void atEdge(Dut dut) {
        long edge = dut.cycle() + 1;
        Pending head = pending.peekFirst();
        if (head != null && head.edge() == edge) pending.pollFirst();
        if (pins.reqValid().get() == 0) return;
        if (!readyNow) {
            stalledCycles++;
            return;
        }
        if (!pending.isEmpty()) violations.add("edge " + edge + ": a second memory request while one is in flight");
        long address = pins.reqAddr().get();
        boolean write = pins.reqWrite().get() == 1;
        long value = write ? pins.reqWdata().get() : 0;
        if ((address & 7) != 0 || address >= addressLimit) {
            violations.add("edge " + edge + ": memory " + (write ? "write" : "read") + " at 0x" + Long.toHexString(address)
                    + ((address & 7) != 0 ? ", not 8-byte aligned" : ", beyond the physical address width"));
        } else if (write) {
            memory.write(address, value);
            writes++;
        } else {
            value = memory.read(address);
            reads++;
        }
        accesses.add(new MemoryAccess(write, address, value));
        long answer = Math.max(edge + timing.latency(), lastResponseEdge + 1);
        lastResponseEdge = answer;
        pending.addLast(new Pending(answer, write ? 0 : value));
    }

    /** The accesses since the last call, in order. */
    public List<MemoryAccess> takeAccesses() {
        return drain(accesses);
    }

    /** Breaches of the memory-port contract since the last call. */
    public List<String> takeViolations() {
        return drain(violations);
    }

    /** Whether a response is still to be given. */
    public boolean busy() {
        return !pending.isEmpty();
    }

    public MemoryTiming timing() {
        return timing;
    }

    public long reads() {
        return reads;
    }

    public long writes() {
        return writes;
    }

    /** Cycles in which the MMU wanted to issue a request and the memory was not ready. */
    public long stalledCycles() {
        return stalledCycles;
    }

    private static <T> List<T> drain(List<T> list) {
        if (list.isEmpty()) return Collections.emptyList();
        List<T> copy = List.copyOf(list);
        list.clear();
        return copy;
    }
}
