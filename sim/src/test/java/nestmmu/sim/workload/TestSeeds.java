package nestmmu.sim.workload;

/**
 * The seed of a randomized test: {@code -Dnestmmu.seed=N} repeats a run, otherwise each run draws
 * a new one. Tests print it, so a failure can always be replayed.
 */
final class TestSeeds {
    private TestSeeds() {}

    static long seed(String test) {
        String given = System.getProperty("nestmmu.seed");
        long seed = given != null ? Long.parseLong(given.trim()) : new java.util.SplittableRandom().nextLong();
        System.out.println(test + ": seed " + seed + " (re-run with -Dnestmmu.seed=" + seed + ")");
        return seed;
    }
}
