package nestmmu.tb;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.BiPredicate;

import org.opentest4j.AssertionFailedError;

/**
 * Compares observed transactions with expected ones, in order. The first mismatch is kept with
 * the cycle it happened in, the seed and the waveform; {@link #assertPassed()} fails with it
 * (the {@link RtlTest} extension also checks every scoreboard made by {@link Dut#scoreboard}
 * when a test ends). Observing with nothing expected is a mismatch too, and so is an expected
 * transaction never observed.
 */
public final class Scoreboard<T> {
    private final String name;
    private final Dut dut;
    private final BiPredicate<? super T, ? super T> same;
    private final Deque<T> expected = new ArrayDeque<>();
    private long matched;
    private long mismatches;
    private String firstMismatch;

    Scoreboard(String name, Dut dut, BiPredicate<? super T, ? super T> same) {
        this.name = name;
        this.dut = dut;
        this.same = same;
    }

    Scoreboard(String name, Dut dut) {
        this(name, dut, Objects::equals);
    }

    public String name() {
        return name;
    }

    /** A transaction the DUT should produce next after those already expected. */
    public Scoreboard<T> expect(T transaction) {
        expected.addLast(transaction);
        return this;
    }

    /** A transaction the DUT produced: compared with the oldest expected one. */
    public void observe(T transaction) {
        T want = expected.pollFirst();
        if (want != null && same.test(want, transaction)) {
            matched++;
            return;
        }
        mismatches++;
        if (firstMismatch == null) {
            String what = want == null ? "observed " + transaction + " but nothing was expected"
                    : "expected " + want + " but observed " + transaction;
            firstMismatch = "scoreboard '" + name + "': first mismatch at cycle " + dut.cycle()
                    + " (transaction #" + (matched + mismatches) + "): " + what;
        }
    }

    public long matched() {
        return matched;
    }

    public long mismatches() {
        return mismatches;
    }

    /** Expected transactions not observed (yet). */
    public int outstanding() {
        return expected.size();
    }

    /** The condition "everything expected has been observed", for {@link Dut#waitUntil}. */
    public Condition drained() {
        return Condition.of("scoreboard '" + name + "' has observed every expected transaction", expected::isEmpty);
    }

    /** Fails with the first mismatch, or if expected transactions are still outstanding. */
    public void assertPassed() {
        if (firstMismatch != null) {
            throw new AssertionFailedError(firstMismatch + "; " + mismatches + " mismatch(es), " + matched
                    + " matched; " + dut.whereabouts());
        }
        if (!expected.isEmpty()) {
            throw new AssertionFailedError("scoreboard '" + name + "': " + expected.size()
                    + " expected transaction(s) never observed, the first " + expected.peekFirst()
                    + "; " + matched + " matched; at cycle " + dut.cycle() + "; " + dut.whereabouts());
        }
    }
}
