package nestmmu.mmu.perf;

import java.util.Locale;

/**
 * What the performance counters count, one {@code perf_<name>_o} output each. The names follow
 * the golden model's {@code MmuStats} (and its caches' lookup and hit counts), so that with a
 * fixed-latency memory every counter equals the model's figure.
 */
public enum PerfEvent {
    /** Translations answered (responses produced). */
    TRANSLATIONS,
    /** Answered by the L1 TLB. */
    L1_HITS,
    /** Answered by the L2 TLB. */
    L2_HITS,
    /** Translations that walked. */
    WALKS,
    /** Memory reads of walks. */
    WALK_READS,
    /** Memory writes of walks (A/D updates). */
    WALK_WRITES,
    /** Translations answered with a #PF. */
    PAGE_FAULTS,
    /** Translations answered with a #NPF. */
    NESTED_FAULTS,
    /** Cycles with a translation in flight: the sum of every translation's cycle count. */
    CYCLES,
    /** The cycle counts of the translations that walked. */
    WALK_CYCLES,
    /** Walks that started below a page-walk-cache entry. */
    PWC_HITS,
    /** Nested-TLB lookups (one per guest table address translated, for a read or for an A/D write). */
    NTLB_LOOKUPS,
    /** Nested-TLB lookups a hit served. */
    NTLB_HITS;

    /** The port name without direction, e.g. {@code walk_reads}. */
    public String portName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
