package nestmmu.sim.verilator;

import java.util.ArrayList;
import java.util.List;

/**
 * How to build a model. {@code waves} compiles FST tracing in (a little slower per cycle, and
 * only then can an instance write a waveform). {@code verilatorFlags} are added after the
 * bridge's own ({@code --cc --prefix Vdut -O3 --x-assign fast --x-initial fast -Wno-fatal}),
 * e.g. {@code -Wall} or {@code --assert}; {@code cxxFlags} after the compiler's.
 */
public record BuildOptions(boolean waves, List<String> verilatorFlags, List<String> cxxFlags) {
    public static final BuildOptions DEFAULT = new BuildOptions(false, List.of(), List.of());

    public BuildOptions {
        verilatorFlags = List.copyOf(verilatorFlags);
        cxxFlags = List.copyOf(cxxFlags);
    }

    public BuildOptions withWaves(boolean on) {
        return new BuildOptions(on, verilatorFlags, cxxFlags);
    }

    public BuildOptions withVerilatorFlags(String... flags) {
        List<String> all = new ArrayList<>(verilatorFlags);
        all.addAll(List.of(flags));
        return new BuildOptions(waves, all, cxxFlags);
    }

    public BuildOptions withCxxFlags(String... flags) {
        List<String> all = new ArrayList<>(cxxFlags);
        all.addAll(List.of(flags));
        return new BuildOptions(waves, verilatorFlags, all);
    }
}
