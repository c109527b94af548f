package nestmmu.sim.report;

/**
 * Where a comparison reports how far it has come. {@link #advance} may be called from several
 * threads at once.
 */
public interface RunProgress {
    /** Reports nothing. */
    RunProgress NONE = new RunProgress() {
        @Override
        public void begin(String task, long total, String unit) {}

        @Override
        public void advance(long amount) {}

        @Override
        public void end() {}
    };

    /** Work starts: {@code total} units (or -1 when unknown), e.g. accesses simulated. */
    void begin(String task, long total, String unit);

    void advance(long amount);

    /** The work is over, finished or failed. */
    void end();
}
