package nestmmu.tb.mmu.lockstep;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nestmmu.config.MmuConfig;
import nestmmu.hdl.emit.Design;
import nestmmu.mmu.MmuGenerator;
import nestmmu.sim.verilator.BuildOptions;
import nestmmu.sim.verilator.CompiledModel;
import nestmmu.sim.verilator.Verilator;
import nestmmu.sim.verilator.VerilogDesign;

/**
 * The generated MMU of a config, as Verilator models: generated in this JVM from the config (so a
 * config file of one's own works as well as the committed ones), built once per JVM and through the
 * bridge's cache once per change.
 */
public final class MmuDesigns {
    private static final Map<List<Object>, CompiledModel> BUILT = new ConcurrentHashMap<>();

    private MmuDesigns() {}

    /** The MmuTop of {@code config}, ready for the bridge. */
    public static VerilogDesign design(MmuConfig config) {
        Design d = MmuGenerator.design(config);
        return VerilogDesign.of(d.top(), d.files());
    }

    /** The Verilator model of {@code config}'s MmuTop; {@code waves}: with FST tracing compiled in. */
    public static CompiledModel compiled(MmuConfig config, boolean waves) {
        return BUILT.computeIfAbsent(List.of(config, waves),
                k -> Verilator.build(design(config), BuildOptions.DEFAULT.withWaves(waves)));
    }
}
