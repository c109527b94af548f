package nestmmu.tb.mmu.lockstep;

import java.util.List;

/**
 * What a lockstep run found.
 *
 * @param translations     translations both sides made
 * @param flushes          flushes both sides made
 * @param mismatches       translations and flushes that disagreed, plus words of the final memories that differ
 * @param memoryDifferences words of the final memories that differ
 * @param first            the first mismatches, described (at most {@link Lockstep#DESCRIBED})
 * @param stopped          whether the RTL's part ended early (it stopped answering, or a replay reached its first mismatch)
 * @param rtlWalks         translations the RTL answered with a walk
 * @param rtlReads         memory reads the RTL made
 * @param rtlWrites        memory writes (A/D updates) the RTL made
 * @param rtlCycles        clock cycles the RTL ran
 */
public record LockstepReport(long translations, long flushes, long mismatches, long memoryDifferences,
                             List<String> first, boolean stopped, long rtlWalks, long rtlReads, long rtlWrites, long rtlCycles) {
    public boolean passed() {
        return mismatches == 0;
    }

    /** Memory references per walk on the RTL's memory port (reads and A/D writes); 0 without walks. */
    public double rtlReferencesPerWalk() {
        return rtlWalks == 0 ? 0 : (double) (rtlReads + rtlWrites) / rtlWalks;
    }

    /** The first mismatch, or null. */
    public String firstMismatch() {
        return first.isEmpty() ? null : first.get(0);
    }
}
