package nestmmu.sim.verilator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Verilator's runtime ({@code verilated.cpp} and friends) compiled once into a static archive that
 * every model links against, so a model build compiles only the model. Cached by the Verilator
 * and compiler versions and the flags.
 */
final class RuntimeLibrary {
    private static final List<String> SOURCES =
            List.of("verilated.cpp", "verilated_threads.cpp", "verilated_dpi.cpp", "verilated_fst_c.cpp");
    /** Tracing code is only linked into models that use it, so one archive serves both kinds. */
    private static final List<String> DEFINES = List.of("-DVM_TRACE=1", "-DVM_TRACE_FST=1", "-DVM_TRACE_VCD=0");
    static final String ARCHIVE = "libverilated.a";

    private RuntimeLibrary() {}

    static Path get(Toolchain tools, BuildCache cache) {
        List<String> keyParts = new ArrayList<>(List.of("runtime", tools.verilatorVersion(),
                tools.verilatorInclude().toString(), tools.cxxVersion()));
        keyParts.addAll(SOURCES);
        keyParts.addAll(tools.cxxFlags());
        keyParts.addAll(DEFINES);
        BuildCache.Entry entry = cache.getOrBuild("runtime-" + BuildCache.key(keyParts), dir -> {
            List<Path> sources = SOURCES.stream().map(tools.verilatorInclude()::resolve).toList();
            List<Path> objects = new CxxCompiler(tools).compile(sources, dir, DEFINES, "compiling the Verilator runtime");
            new CxxCompiler(tools).archive(objects, dir.resolve(ARCHIVE));
        });
        return entry.dir().resolve(ARCHIVE);
    }
}
