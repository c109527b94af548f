package nestmmu.sim.report;

import java.util.ArrayList;
import java.util.List;

import nestmmu.config.MmuConfig;
import nestmmu.io.BadInputException;
import nestmmu.sim.model.Machine;
import nestmmu.sim.model.RunOptions;
import nestmmu.sim.model.SimulationResult;
import nestmmu.sim.workload.Event;
import nestmmu.sim.workload.EventStream;
import nestmmu.sim.workload.Workload;

/**
 * Runs one workload on many golden-model machines while reading it once per thread: each thread
 * owns a group of machines and feeds every event batch to each of them in turn. Reading a trace
 * costs more than simulating it on one machine, so this is several times faster than running the
 * machines one after another, and each machine sees exactly the events {@code ./mmu simulate}
 * would give it, in the same order, so its counters are the same.
 */
public final class FanOut {
    /** Events handed to each machine at a time: long enough to keep a machine's data in cache. */
    static final int BATCH = 4096;

    /** One machine to build: its MMU and run options, and how to name it in messages. */
    public record Job(String name, MmuConfig config, RunOptions options) {}

    private FanOut() {}

    /**
     * Runs every job over {@code workload} on up to {@code threads} threads and returns the results
     * in the order of {@code jobs}. {@code progress} is advanced by accesses times machines.
     * A bad event is a {@link BadInputException} naming the job and the stream position.
     */
    public static List<SimulationResult> run(Workload workload, List<Job> jobs, int threads, RunProgress progress) {
        List<List<Integer>> groups = groups(jobs, Math.max(1, Math.min(threads, jobs.size())));
        SimulationResult[] results = new SimulationResult[jobs.size()];
        List<Runnable> tasks = new ArrayList<>();
        for (List<Integer> g : groups) tasks.add(() -> runGroup(workload, jobs, g, results, progress));
        Parallel.runAll(groups.size(), tasks);
        return List.of(results);
    }

    /**
     * Deals the jobs to {@code n} groups of about equal work: nested runs cost the most, native the
     * least. A fixed rule, so the grouping (which does not change any result) is reproducible too.
     */
    static List<List<Integer>> groups(List<Job> jobs, int n) {
        List<List<Integer>> groups = new ArrayList<>();
        long[] load = new long[n];
        for (int i = 0; i < n; i++) groups.add(new ArrayList<>());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) order.add(i);
        order.sort((a, b) -> Integer.compare(weight(jobs.get(b)), weight(jobs.get(a))));
        for (int i : order) {
            int lightest = 0;
            for (int g = 1; g < n; g++) if (load[g] < load[lightest]) lightest = g;
            groups.get(lightest).add(i);
            load[lightest] += weight(jobs.get(i));
        }
        groups.forEach(g -> g.sort(null));
        return groups;
    }

    private static int weight(Job j) {
        int w = switch (j.options().mode()) {
            case NATIVE -> 2;
            case SHADOW -> 3;
            case NESTED -> 4;
        };
        return j.config().hasWalkCaches() ? w : w + 1;
    }

    private static void runGroup(Workload workload, List<Job> jobs, List<Integer> group, SimulationResult[] results,
                                 RunProgress progress) {
        Machine[] machines = new Machine[group.size()];
        for (int i = 0; i < machines.length; i++) {
            Job j = jobs.get(group.get(i));
            machines[i] = Machine.create(j.config(), j.options());
        }
        Event[] batch = new Event[BATCH];
        long done = 0;
        try (EventStream events = workload.open()) {
            while (true) {
                int n = 0;
                int accesses = 0;
                for (Event e; n < BATCH && (e = events.next()) != null; n++) {
                    batch[n] = e;
                    if (e instanceof Event.Access) accesses++;
                }
                if (n == 0) break;
                if (Thread.currentThread().isInterrupted()) return;
                for (int m = 0; m < machines.length; m++) {
                    int i = 0;
                    try {
                        for (; i < n; i++) machines[m].os().handle(batch[i]);
                    } catch (BadInputException ex) {
                        String where = positionOf(workload, done + i);
                        throw ex.at(where).at(jobs.get(group.get(m)).name());
                    }
                }
                done += n;
                progress.advance((long) accesses * machines.length);
            }
        }
        for (int i = 0; i < machines.length; i++) results[group.get(i)] = SimulationResult.of(machines[i]);
    }

    /** Where event number {@code index} (from 0) stands in the stream: read again, only after a failure. */
    private static String positionOf(Workload workload, long index) {
        try (EventStream events = workload.open()) {
            for (long i = 0; i <= index; i++) {
                if (events.next() == null) break;
            }
            return events.position();
        }
    }
}
