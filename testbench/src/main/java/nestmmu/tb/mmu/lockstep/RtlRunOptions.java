package nestmmu.tb.mmu.lockstep;

import java.nio.file.Path;

/**
 * How the RTL side of a {@link LockstepRun} is set up.
 *
 * @param seed              seeds the random memory latency and back-pressure
 * @param randomLatency     memory latency uniform in 1..2L (L the run's memory latency), request and
 *                          response ports held back a quarter of the cycles; else a fixed latency L
 *                          and cycle counts compared
 * @param coverage          collect coverage bins
 * @param waveformOnMismatch where to write the FST of a replay up to the first mismatch (null: no replay)
 */
public record RtlRunOptions(long seed, boolean randomLatency, boolean coverage, Path waveformOnMismatch) {}
