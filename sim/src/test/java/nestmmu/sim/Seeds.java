package nestmmu.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeds for random tests: {@code count} seeds from {@code base}, or just the one given with
 * {@code -Dnestmmu.seed=N} to re-run a failure. Every test that uses one prints it.
 */
public final class Seeds {
    private Seeds() {}

    public static List<Long> seeds(long base, int count) {
        Long fixed = Long.getLong("nestmmu.seed");
        List<Long> list = new ArrayList<>();
        if (fixed != null) {
            list.add(fixed);
        } else {
            for (int i = 0; i < count; i++) list.add(base + i);
        }
        return list;
    }

    /** A generator for {@code seed}, announcing it so a failure can be re-run. */
    public static SplittableRandom random(String test, long seed) {
        System.out.println(test + ": seed " + seed + " (re-run with -Dnestmmu.seed=" + seed + ")");
        return new SplittableRandom(seed);
    }
}
