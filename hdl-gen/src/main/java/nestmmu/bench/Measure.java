package nestmmu.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * A small, careful throughput harness in the spirit of JMH, run in the caller's JVM: warm-up
 * iterations are discarded, each measured iteration repeats the operation until a minimum time
 * has passed, and the result carries the 95% confidence interval over the iterations.
 * The operation returns how many operations it performed; a running checksum of what it
 * computed is kept so the JIT cannot remove the work.
 */
public final class Measure {
    /** Keeps the JIT from discarding results; read by nobody. */
    public static volatile long blackhole;

    private Measure() {}

    public record Settings(int warmupIterations, int measuredIterations, long minMillisPerIteration) {}

    /** Mean operations per second and the half-width of its 95% confidence interval. */
    public record Rate(double mean, double error, double[] samples) {}

    /**
     * Measures {@code batch}, which does some work and returns the number of operations it did.
     * Use {@link #consume} inside it for values that must not be optimized away.
     */
    public static Rate rate(Settings s, LongSupplier batch) {
        for (int i = 0; i < s.warmupIterations(); i++) {
            iteration(batch, s.minMillisPerIteration());
        }
        double[] samples = new double[s.measuredIterations()];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = iteration(batch, s.minMillisPerIteration());
        }
        return summarize(samples);
    }

    public static void consume(long value) {
        blackhole ^= value;
    }

    /**
     * One iteration: repeats {@code batch} until {@code minMillis} have passed and returns
     * operations per second. For benches that interleave several measurements round by round,
     * so that a change in the machine's load hits all of them alike.
     */
    public static double iteration(LongSupplier batch, long minMillis) {
        long ops = 0;
        long start = System.nanoTime();
        long deadline = start + minMillis * 1_000_000L;
        long now;
        do {
            ops += batch.getAsLong();
            now = System.nanoTime();
        } while (now < deadline);
        return ops / ((now - start) / 1e9);
    }

    /** Mean and 95% confidence half-width of samples measured elsewhere (e.g. by a native program). */
    public static Rate summarize(double[] samples) {
        int n = samples.length;
        double mean = Arrays.stream(samples).average().orElse(Double.NaN);
        if (n < 2) return new Rate(mean, Double.NaN, samples);
        double var = 0;
        for (double x : samples) var += (x - mean) * (x - mean);
        var /= (n - 1);
        return new Rate(mean, studentT975(n - 1) * Math.sqrt(var / n), samples);
    }

    /** Two-sided 95% quantile of Student's t distribution. */
    static double studentT975(int dof) {
        double[] table = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                          2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086};
        return dof <= table.length ? table[dof - 1] : 1.96;
    }
}
