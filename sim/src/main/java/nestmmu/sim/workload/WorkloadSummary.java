package nestmmu.sim.workload;

import java.util.HashSet;
import java.util.Set;

import nestmmu.arch.Paging;

/**
 * What a workload does, counted: its events by kind, and how many distinct 4K pages (per process)
 * and processes it touches. Says a workload's character at a glance (and lets tests check it).
 * Memory grows with the distinct pages, not with the length of the stream.
 */
public record WorkloadSummary(long events, long accesses, long reads, long writes, long fetches, long supervisor,
                              long maps, long unmaps, long protects, long switches,
                              long processes, long distinctPages) {

    /** Reads {@code workload} once from its start. */
    public static WorkloadSummary of(Workload workload) {
        try (EventStream s = workload.open()) {
            return of(s);
        }
    }

    /** Reads the rest of {@code stream}. */
    public static WorkloadSummary of(EventStream stream) {
        Counter c = new Counter();
        for (Event e = stream.next(); e != null; e = stream.next()) c.add(e);
        return c.summary();
    }

    /** Page-table operations (map, unmap, protect) per thousand accesses. */
    public double tableUpdatesPerKiloAccess() {
        return accesses == 0 ? 0 : 1000.0 * (maps + unmaps + protects) / accesses;
    }

    /** Process switches per thousand accesses. */
    public double switchesPerKiloAccess() {
        return accesses == 0 ? 0 : 1000.0 * switches / accesses;
    }

    private static final class Counter {
        private long events, accesses, reads, writes, fetches, supervisor, maps, unmaps, protects, switches;
        private int pid;
        private final Set<Integer> pids = new HashSet<>(Set.of(0));
        private final Set<Long> pages = new HashSet<>();

        void add(Event e) {
            events++;
            if (e instanceof Event.Access a) {
                accesses++;
                switch (a.type()) {
                    case READ: reads++; break;
                    case WRITE: writes++; break;
                    default: fetches++; break;
                }
                if (!a.user()) supervisor++;
                long vpn = (a.va() & Paging.VA_MASK) >>> Paging.PAGE_SHIFT;
                pages.add(((long) pid << (Paging.VA_BITS - Paging.PAGE_SHIFT)) | vpn);
            } else if (e instanceof Event.Map) {
                maps++;
            } else if (e instanceof Event.Unmap) {
                unmaps++;
            } else if (e instanceof Event.Protect) {
                protects++;
            } else if (e instanceof Event.SwitchProcess s) {
                switches++;
                pid = s.pid();
                pids.add(pid);
            }
        }

        WorkloadSummary summary() {
            return new WorkloadSummary(events, accesses, reads, writes, fetches, supervisor,
                    maps, unmaps, protects, switches, pids.size(), pages.size());
        }
    }
}
