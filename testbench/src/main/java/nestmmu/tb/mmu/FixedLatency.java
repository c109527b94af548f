package nestmmu.tb.mmu;

/** Always ready; every response sampled exactly {@code latency} edges after its request. */
public record FixedLatency(int latency) implements MemoryTiming {
    public FixedLatency {
        if (latency < 1) throw new IllegalArgumentException("memory latency must be at least 1, got " + latency);
    }

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public boolean deterministic() {
        return true;
    }

    @Override
    public String toString() {
        return "fixed latency " + latency;
    }
}
