package nestmmu.sim.workload;

import java.util.function.Consumer;

/**
 * The heart of a synthetic kind: produces its events a few at a time, so a stream of any length
 * needs constant memory. Made fresh (with a fresh seeded random) for every
 * {@link Workload#open()}, so every open replays the same events.
 */
interface EventGenerator {
    /** Passes the next one or more events to {@code out}; false, passing none, once finished. */
    boolean step(Consumer<Event> out);
}
