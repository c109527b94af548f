package nestmmu.tb;

import java.io.PrintStream;
import java.util.SplittableRandom;

/**
 * The seed of one random test. It is {@code -Dnestmmu.seed=N} when given (to re-run a failure),
 * otherwise fresh for every test, and it is printed when a test takes it, with the flag to
 * reproduce the run. Take randomness only from {@link #random()} so that the seed decides it all.
 */
public final class Seed {
    public static final String PROPERTY = "nestmmu.seed";

    private final long value;

    public Seed(long value) {
        this.value = value;
    }

    public long value() {
        return value;
    }

    /** A new generator that starts from this seed: calling it twice gives two equal streams. */
    public SplittableRandom random() {
        return new SplittableRandom(value);
    }

    /** The seed for {@code testName}: from the system property, or fresh; printed to {@code out}. */
    static Seed forTest(String testName, PrintStream out) {
        String given = System.getProperty(PROPERTY);
        long value;
        if (given != null && !given.isBlank()) {
            try {
                value = Long.parseLong(given.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + PROPERTY + "=" + given + " is not a number");
            }
        } else {
            value = new SplittableRandom().nextLong();
        }
        out.println(testName + ": seed " + value + " (re-run with -D" + PROPERTY + "=" + value + ")");
        return new Seed(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
