package nestmmu.tb.mmu;

import java.util.SplittableRandom;

/**
 * When the {@link MemoryResponder} takes a request and how long it takes to answer: a fixed
 * latency with the request port always ready (then the MMU's cycle counts are exact and compared
 * with the timing model), or a seeded random latency with random back-pressure.
 */
public interface MemoryTiming {
    /** Whether {@code mem_req_ready_i} is high in the coming cycle (asked once per cycle). */
    boolean ready();

    /** L for a request just accepted on edge t: its response is sampled on edge t + L (L ≥ 1). */
    int latency();

    /** True when every request is answered after the same latency and never held back. */
    boolean deterministic();

    static MemoryTiming fixed(int latency) {
        return new FixedLatency(latency);
    }

    /**
     * Latency uniform in 1..{@code maxLatency}; each cycle the request port is not ready with
     * probability {@code stallProbability}.
     */
    static MemoryTiming random(SplittableRandom random, int maxLatency, double stallProbability) {
        return new RandomLatency(random, maxLatency, stallProbability);
    }
}
