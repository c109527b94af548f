package nestmmu.sim.model;

import nestmmu.config.MmuConfig;
import nestmmu.sim.workload.Workload;

/**
 * Something that runs a workload through an MMU and counts: the golden model ({@link ModelEngine},
 * {@code --engine model}) or the generated RTL in Verilator ({@code --engine rtl}, in the testbench
 * module). Further engines register in {@code META-INF/services/nestmmu.sim.model.Engine} of their
 * module; {@link Engines} finds them.
 */
public interface Engine {
    /** The {@code --engine} value. */
    String name();

    SimulationResult run(MmuConfig config, RunOptions options, Workload workload);

    /**
     * The run {@code ./mmu simulate} makes: with the command's extra settings, and room for extra
     * keys and a failed check. By default the settings must be plain and nothing is added.
     */
    default EngineReport run(MmuConfig config, RunOptions options, Workload workload, EngineSettings settings) {
        settings.requirePlain(name());
        return EngineReport.of(run(config, options, workload));
    }
}
