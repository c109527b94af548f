package nestmmu.sim.workload;

/**
 * A named, re-playable source of events: every {@link #open()} starts the same sequence again,
 * so one workload can be run in every mode and page size of a comparison.
 */
public interface Workload {
    /** The spec it was made from, e.g. "synthetic:random,pages=64,accesses=1000,seed=1". */
    String spec();

    EventStream open();
}
