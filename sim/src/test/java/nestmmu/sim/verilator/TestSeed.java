package nestmmu.sim.verilator;

import java.util.SplittableRandom;

/** The seed of a random test: {@code -Dnestmmu.seed=N} or a fresh one, printed so a failure can be re-run. */
final class TestSeed {
    private TestSeed() {}

    static SplittableRandom random(String test) {
        String property = System.getProperty("nestmmu.seed");
        long seed = property != null ? Long.parseLong(property.strip()) : new SplittableRandom().nextLong();
        System.out.println(test + ": seed " + seed + " (re-run with -Dnestmmu.seed=" + seed + ")");
        return new SplittableRandom(seed);
    }
}
