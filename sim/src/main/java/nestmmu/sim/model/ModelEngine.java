package nestmmu.sim.model;

import nestmmu.config.MmuConfig;
import nestmmu.sim.workload.EventStream;
import nestmmu.sim.workload.Workload;

/** {@code --engine model}: the golden model runs the workload on a fresh {@link Machine}. */
public final class ModelEngine implements Engine {
    @Override
    public String name() { return "model"; }

    @Override
    public SimulationResult run(MmuConfig config, RunOptions options, Workload workload) {
        Machine machine = Machine.create(config, options);
        try (EventStream events = workload.open()) {
            machine.os().run(events);
        }
        return SimulationResult.of(machine);
    }
}
