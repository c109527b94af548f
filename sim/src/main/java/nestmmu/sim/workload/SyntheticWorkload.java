package nestmmu.sim.workload;

/** A synthetic kind with its resolved keys; every open replays the same seeded events. */
public final class SyntheticWorkload implements Workload {
    private final String spec;
    private final SyntheticKind kind;
    private final SyntheticParams params;

    SyntheticWorkload(String spec, SyntheticKind kind, SyntheticParams params) {
        this.spec = spec;
        this.kind = kind;
        this.params = params;
    }

    @Override
    public String spec() {
        return spec;
    }

    public SyntheticKind kind() {
        return kind;
    }

    public SyntheticParams params() {
        return params;
    }

    @Override
    public EventStream open() {
        return new SyntheticStream(kind.generator(params));
    }

    @Override
    public String toString() {
        return spec;
    }
}
