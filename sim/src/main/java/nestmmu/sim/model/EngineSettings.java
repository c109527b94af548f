package nestmmu.sim.model;

import nestmmu.io.BadInputException;

/**
 * What {@code ./mmu simulate} asks of an engine besides the model's {@link RunOptions}.
 *
 * @param seed          the run's seed ({@code --seed}, default 1): a synthetic workload without
 *                      {@code seed=} uses it, and so does anything random the engine adds
 * @param randomLatency {@code --random-latency}: memory answers after a random latency and
 *                      holds requests back at random (an engine with a simulated memory port)
 * @param coverage      {@code --coverage}: report the coverage bins the run hit
 */
public record EngineSettings(long seed, boolean randomLatency, boolean coverage) {
    /** Seed 1, nothing extra. */
    public static final EngineSettings PLAIN = new EngineSettings(1, false, false);

    /** Refuses the settings an engine without them cannot honour, naming the flag. */
    public void requirePlain(String engine) {
        if (randomLatency) throw new BadInputException("--random-latency: the " + engine + " engine has no memory port to randomize (use --engine rtl)");
        if (coverage) throw new BadInputException("--coverage: the " + engine + " engine collects no coverage (use --engine rtl)");
    }
}
