package nestmmu.fpga.testing;

import java.util.SplittableRandom;

/**
 * Seeds for random tests: {@code -Dnestmmu.seed=N} replays a run; otherwise a fresh seed is drawn.
 * Every seed is printed, so a failure can always be re-run.
 */
public final class Seeds {
    private Seeds() {}

    public static SplittableRandom random(String test) {
        String fixed = System.getProperty("nestmmu.seed");
        long seed = fixed != null ? Long.parseLong(fixed) : System.nanoTime();
        System.out.println(test + ": seed " + seed + " (re-run with -Dnestmmu.seed=" + seed + ")");
        return new SplittableRandom(seed);
    }
}
