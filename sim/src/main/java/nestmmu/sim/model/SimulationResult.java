package nestmmu.sim.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run measured. The first block is the contract of {@code ./mmu simulate --json}; the rest
 * are extras. Cycles: {@code cycles = translationCycles + vmmCycles}, where translation cycles are
 * the MMU's (by the timing model) and VMM cycles the shadow VMM's exits (by the exit costs).
 *
 * @param translations      MMU translations, retries after a fault included
 * @param tlbHits           translations answered by the L1 or L2 TLB
 * @param tlbMisses         translations that walked
 * @param walks             page walks (equal to tlbMisses)
 * @param walkRefs          memory references of the walks, reads and A/D writes
 * @param cycles            translation cycles plus VMM cycles
 * @param faults            page faults the guest saw (the same in every mode)
 * @param vmExits           VM exits by reason (all zero outside shadow mode)
 * @param accesses          workload accesses
 * @param l1Hits            translations answered by the L1 TLB
 * @param l2Hits            translations answered by the L2 TLB
 * @param walkReads         memory reads of the walks
 * @param walkWrites        A/D writes of the walks
 * @param walkCycles        cycles of the translations that walked
 * @param translationCycles cycles of every translation
 * @param vmmCycles         cycles charged for VM exits
 * @param vmmReads          guest page-table entries the VMM read in software
 * @param avgRefsPerWalk    walkRefs / walks
 * @param pwcLookups        walks that looked in the page-walk cache
 * @param pwcHits           walks that started below a page-walk-cache hit
 * @param nestedTlbLookups  nested-TLB lookups (guest table pages)
 * @param nestedTlbHits     nested-TLB hits that served the access
 * @param hardwareFaults    #PF and #NPF the MMU raised (hidden faults included)
 * @param demandFaults      guest page faults answered by mapping a page
 * @param protectionFaults  guest page faults the program would die of
 * @param invlpgs           INVLPGs the guest issued
 * @param contextSwitches   CR3 writes for process switches (and the first one)
 */
public record SimulationResult(
        long translations, long tlbHits, long tlbMisses, long walks, long walkRefs, long cycles, long faults,
        Map<String, Long> vmExits,
        long accesses, long l1Hits, long l2Hits, long walkReads, long walkWrites, long walkCycles,
        long translationCycles, long vmmCycles, long vmmReads, double avgRefsPerWalk,
        long pwcLookups, long pwcHits, long nestedTlbLookups, long nestedTlbHits,
        long hardwareFaults, long demandFaults, long protectionFaults, long invlpgs, long contextSwitches) {

    /** Reads the counters of a machine after its run. */
    public static SimulationResult of(Machine m) {
        MmuModel mmu = m.mmu();
        MmuStats s = mmu.stats();
        GuestOsStats os = m.os().stats();
        Vmm vmm = m.vmm();
        Map<String, Long> exits = new LinkedHashMap<>();
        for (VmExitReason r : VmExitReason.values()) exits.put(r.label(), vmm == null ? 0 : vmm.exits(r));
        long vmmCycles = vmm == null ? 0 : vmm.vmmCycles();
        double avg = s.walks() == 0 ? 0 : Math.round(10000.0 * s.walkRefs() / s.walks()) / 10000.0;
        return new SimulationResult(
                s.translations(), s.tlbHits(), s.walks(), s.walks(), s.walkRefs(), s.cycles() + vmmCycles,
                os.pageFaults(), exits,
                os.accesses(), s.l1Hits(), s.l2Hits(), s.walkReads(), s.walkWrites(), s.walkCycles(),
                s.cycles(), vmmCycles, vmm == null ? 0 : vmm.vmmReads(), avg,
                mmu.walkCache() == null ? 0 : mmu.walkCache().lookups(),
                mmu.walkCache() == null ? 0 : mmu.walkCache().hits(),
                mmu.nestedTlb() == null ? 0 : mmu.nestedTlb().lookups(),
                mmu.nestedTlb() == null ? 0 : mmu.nestedTlb().hits(),
                s.pageFaults() + s.nestedPageFaults(), os.demandFaults(), os.protectionFaults(), os.invlpgs(),
                os.contextSwitches());
    }

    /** The fields in declaration order, for JSON and text output. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (var c : SimulationResult.class.getRecordComponents()) {
            try {
                m.put(c.getName(), c.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return m;
    }
}
