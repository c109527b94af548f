package nestmmu.sim.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import nestmmu.arch.Mode;
import nestmmu.sim.model.SimulationResult;

/**
 * One row of a comparison: one setup's counters and what they mean against native.
 *
 * @param setup            mode, page pair and walk-cache setting
 * @param translations     MMU translations, retries after a page fault included
 * @param tlbMissRate      translations that walked / translations
 * @param walks            page walks
 * @param avgRefsPerWalk   memory references (reads and A/D writes) per walk
 * @param walkCycles       cycles of the translations that walked
 * @param vmExits          VM exits of the shadow VMM, all reasons (0 in native and nested mode)
 * @param vmmCycles        cycles charged for those exits
 * @param totalCycles      translation cycles plus VMM cycles
 * @param cyclesPerAccess  totalCycles / workload accesses
 * @param overheadVsNative totalCycles / (native totalCycles at the same guest page size and
 *                         walk-cache setting) − 1; 0 on native rows
 * @param accesses         workload accesses (extra)
 * @param walkRefs         memory references of all walks (extra)
 * @param faults           page faults the guest saw (extra; equal across modes of one guest page size)
 * @param exitsByReason    VM exits by reason (extra)
 */
public record ComparisonRow(
        RunSetup setup, long translations, double tlbMissRate, long walks, double avgRefsPerWalk, long walkCycles,
        long vmExits, long vmmCycles, long totalCycles, double cyclesPerAccess, double overheadVsNative,
        long accesses, long walkRefs, long faults, Map<String, Long> exitsByReason) {

    public ComparisonRow {
        exitsByReason = Collections.unmodifiableMap(new LinkedHashMap<>(exitsByReason));
    }

    /** The row of {@code setup}'s result, measured against its native baseline's result. */
    public static ComparisonRow of(RunSetup setup, SimulationResult r, SimulationResult nativeBaseline) {
        long exits = r.vmExits().values().stream().mapToLong(Long::longValue).sum();
        double overhead = setup.mode() == Mode.NATIVE ? 0 : ratio(r.cycles(), nativeBaseline.cycles()) - 1;
        return new ComparisonRow(setup, r.translations(), round(ratio(r.tlbMisses(), r.translations()), 6), r.walks(),
                r.avgRefsPerWalk(), r.walkCycles(), exits, r.vmmCycles(), r.cycles(),
                round(ratio(r.cycles(), r.accesses()), 4), round(overhead, 4),
                r.accesses(), r.walkRefs(), r.faults(), r.vmExits());
    }

    public Mode mode() { return setup.mode(); }

    public PagePair pages() { return setup.pages(); }

    public boolean walkCaches() { return setup.walkCaches(); }

    /** The JSON row: the labels, the contract's counters in order, then the extras. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", setup.mode().label());
        m.put("guestPage", setup.pages().guest().label());
        m.put("hostPage", setup.pages().host().label());
        m.put("walkCaches", setup.walkCaches());
        m.put("translations", translations);
        m.put("tlbMissRate", tlbMissRate);
        m.put("walks", walks);
        m.put("avgRefsPerWalk", avgRefsPerWalk);
        m.put("walkCycles", walkCycles);
        m.put("vmExits", vmExits);
        m.put("vmmCycles", vmmCycles);
        m.put("totalCycles", totalCycles);
        m.put("cyclesPerAccess", cyclesPerAccess);
        m.put("overheadVsNative", overheadVsNative);
        m.put("accesses", accesses);
        m.put("walkRefs", walkRefs);
        m.put("faults", faults);
        m.put("exitsByReason", exitsByReason);
        return m;
    }

    static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }
}
