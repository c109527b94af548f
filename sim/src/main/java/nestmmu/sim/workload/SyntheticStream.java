package nestmmu.sim.workload;

import java.util.ArrayDeque;

/** Pulls a generator's events one at a time. */
final class SyntheticStream implements EventStream {
    private final EventGenerator generator;
    private final ArrayDeque<Event> ready = new ArrayDeque<>();
    private long returned;
    private boolean finished;

    SyntheticStream(EventGenerator generator) {
        this.generator = generator;
    }

    @Override
    public Event next() {
        while (ready.isEmpty() && !finished) {
            finished = !generator.step(ready::add);
        }
        Event e = ready.poll();
        if (e != null) returned++;
        return e;
    }

    @Override
    public String position() {
        return "synthetic event " + returned;
    }

    @Override
    public void close() {
        // nothing to release: the events are computed
    }
}
