package nestmmu.tb.mmu;

import java.util.LinkedHashMap;
import java.util.Map;

import nestmmu.sim.model.MmuModel;
import nestmmu.sim.model.MmuStats;
import nestmmu.tb.Dut;
import nestmmu.tb.Signal;

/**
 * MmuTop's performance counters ({@code perf_<name>_o}) beside the model's figures for the same
 * thing: with a fixed-latency memory each counter equals its model figure, so a lockstep checks
 * them at the end. Snapshots are taken as maps in the counters' order.
 */
public final class PerfCounters {
    /** Counter name, and whether it counts cycles (then it equals the model only with a fixed latency). */
    private static final String[] NAMES = {"translations", "l1_hits", "l2_hits", "walks", "walk_reads", "walk_writes",
        "page_faults", "nested_faults", "cycles", "walk_cycles", "pwc_hits", "ntlb_lookups", "ntlb_hits"};

    private final Map<String, Signal> pins = new LinkedHashMap<>();

    public PerfCounters(Dut dut) {
        MemoryPins.PortCheck ports = new MemoryPins.PortCheck(dut);
        for (String n : NAMES) pins.put(n, ports.port("perf_" + n + "_o", 48));
    }

    /** The counters now. */
    public Map<String, Long> read() {
        Map<String, Long> m = new LinkedHashMap<>();
        pins.forEach((n, s) -> m.put(n, s.get()));
        return m;
    }

    /** The model's figure for every counter now, under the counters' names. */
    public static Map<String, Long> of(MmuModel model) {
        MmuStats s = model.stats();
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("translations", s.translations());
        m.put("l1_hits", s.l1Hits());
        m.put("l2_hits", s.l2Hits());
        m.put("walks", s.walks());
        m.put("walk_reads", s.walkReads());
        m.put("walk_writes", s.walkWrites());
        m.put("page_faults", s.pageFaults());
        m.put("nested_faults", s.nestedPageFaults());
        m.put("cycles", s.cycles());
        m.put("walk_cycles", s.walkCycles());
        m.put("pwc_hits", model.walkCache() == null ? 0 : model.walkCache().hits());
        m.put("ntlb_lookups", model.nestedTlb() == null ? 0 : model.nestedTlb().lookups());
        m.put("ntlb_hits", model.nestedTlb() == null ? 0 : model.nestedTlb().hits());
        return m;
    }

    /** Whether a counter counts cycles, so depends on the memory's latency. */
    public static boolean countsCycles(String name) {
        return name.endsWith("cycles");
    }
}
