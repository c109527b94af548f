package nestmmu.tb.mmu;

import java.util.SplittableRandom;

/** Seeded: latency uniform in 1..{@code maxLatency}, request port held low with probability {@code stallProbability} per cycle. */
public final class RandomLatency implements MemoryTiming {
    private final SplittableRandom random;
    private final int maxLatency;
    private final double stallProbability;

    public RandomLatency(SplittableRandom random, int maxLatency, double stallProbability) {
        if (maxLatency < 1) throw new IllegalArgumentException("maximum latency must be at least 1, got " + maxLatency);
        if (!(stallProbability >= 0 && stallProbability < 1)) {
            throw new IllegalArgumentException("stall probability must be in [0, 1), got " + stallProbability);
        }
        this.random = random;
        this.maxLatency = maxLatency;
        this.stallProbability = stallProbability;
    }

    @Override
    public boolean ready() {
        return random.nextDouble() >= stallProbability;
    }

    @Override
    public int latency() {
        return 1 + random.nextInt(maxLatency);
    }

    @Override
    public boolean deterministic() {
        return false;
    }

    @Override
    public String toString() {
        return "random latency 1.." + maxLatency + ", not ready " + Math.round(stallProbability * 100) + "% of cycles";
    }
}
