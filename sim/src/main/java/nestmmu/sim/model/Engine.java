package nestmmu.sim.model;

import nestmmu.config.MmuConfig;
import nestmmu.sim.workload.Workload;

/**
 * Something that runs a workload through an MMU and counts: the golden model ({@link ModelEngine},
 * {@code --engine model}) or, later, the generated RTL in Verilator. Further engines register in
 * {@code META-INF/services/nestmmu.sim.model.Engine} of their module; {@link Engines} finds them.
 */
public interface Engine {
    /** The {@code --engine} value. */
    String name();

    SimulationResult run(MmuConfig config, RunOptions options, Workload workload);
}
