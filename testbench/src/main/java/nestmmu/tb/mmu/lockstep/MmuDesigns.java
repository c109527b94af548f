package nestmmu.tb.mmu.lockstep;

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
 * The generated MMU of a config, as a Verilator model: generated in this JVM from the config (so a
 * config file of one's own works as well as the committed ones), built once per JVM and through the
 * bridge's cache once per change. FST tracing is always compiled in: it costs nothing measurable
 * until a waveform is asked for ({@code open(path)}), and one model per config halves the builds
 * (about 30 s each) of a fresh machine.
 */
public final class MmuDesigns {
    private static final Map<MmuConfig, CompiledModel> BUILT = new ConcurrentHashMap<>();

    private MmuDesigns() {}

    /** The MmuTop of {@code config}, ready for the bridge. */
    public static VerilogDesign design(MmuConfig config) {
        Design d = MmuGenerator.design(config);
        return VerilogDesign.of(d.top(), d.files());
    }

    /** The Verilator model of {@code config}'s MmuTop. */
    public static CompiledModel compiled(MmuConfig config) {
        return BUILT.computeIfAbsent(config, c -> Verilator.build(design(c), BuildOptions.DEFAULT.withWaves(true)));
    }
}
