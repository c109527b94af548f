package nestmmu.sim.workload;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A workload given by its spec and how to open its events: for sources {@link Workloads#parse}
 * does not name the way a report should (a class-path resource, a file under the project root
 * named by its path in the project, bytes in memory).
 */
public record NamedWorkload(String spec, Supplier<EventStream> opener) implements Workload {
    public NamedWorkload {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(opener, "opener");
    }

    @Override
    public EventStream open() {
        return opener.get();
    }

    @Override
    public String toString() {
        return spec;
    }
}
