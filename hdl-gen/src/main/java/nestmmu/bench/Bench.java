package nestmmu.bench;

import java.util.List;

/**
 * One group of figures for {@code ./mmu bench}. Each module lists its benches in
 * {@code META-INF/services/nestmmu.bench.Bench}; the bench command finds them with
 * {@link java.util.ServiceLoader}, runs them in name order and prints every figure.
 */
public interface Bench {
    /** Short name of the group, e.g. "model" or "bridge"; {@code ./mmu bench --only NAME} runs one group. */
    String name();

    /** Measures and returns the group's figures. */
    List<Figure> run(BenchContext context) throws Exception;
}
