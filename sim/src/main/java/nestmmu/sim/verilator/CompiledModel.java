package nestmmu.sim.verilator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * A design Verilator has built into a loadable library (in the build cache). Open any number
 * of independent {@link Simulation}s of it; different models may be open side by side.
 */
public final class CompiledModel {
    private final String top;
    private final BuildOptions options;
    private final Path directory;
    private final PortList ports;
    private final boolean builtNow;
    private final Path runtime;
    private final BuildCache cache;
    private volatile long vtable;

    CompiledModel(String top, BuildOptions options, Path directory, PortList ports, boolean builtNow, Path runtime,
                  BuildCache cache) {
        this.top = top;
        this.options = options;
        this.directory = directory;
        this.ports = ports;
        this.builtNow = builtNow;
        this.runtime = runtime;
        this.cache = cache;
    }

    public String top() {
        return top;
    }

    public BuildOptions options() {
        return options;
    }

    public PortList ports() {
        return ports;
    }

    /** The cache entry: {@code libdut.so}, {@code obj/} (Verilator's C++ and the objects), {@code src/}. */
    public Path directory() {
        return directory;
    }

    /** True if this call compiled the model; false if it came from the cache. */
    public boolean builtNow() {
        return builtNow;
    }

    /** Verilator's warnings about the design (the build does not stop on them). */
    public List<String> warnings() {
        try {
            return Files.readString(directory.resolve(ModelBuilder.LOG)).lines()
                    .filter(l -> l.startsWith("%Warning")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A fresh instance, reset to its initial state, without a waveform. */
    public Simulation open() {
        return open(null);
    }

    /**
     * A fresh instance that writes an FST waveform to {@code waveform} (needs a model built with
     * waves on). The file appears complete when the simulation is closed.
     */
    public Simulation open(Path waveform) {
        if (waveform != null && !options.waves()) {
            throw new IllegalStateException("model " + top + " was built without waves; build it with "
                    + "BuildOptions.withWaves(true) to write " + waveform);
        }
        return new Simulation(this, vtable(), waveform);
    }

    private long vtable() {
        long v = vtable;
        if (v == 0) {
            synchronized (this) {
                if (vtable == 0) {
                    Toolchain tools = Toolchain.get();
                    NativeDispatch.ensureRegistered(tools, cache);
                    NativeLibrary lib = NativeDispatch.load(directory.resolve(ModelBuilder.LIBRARY));
                    long address = Pointer.nativeValue(lib.getFunction("nm_vtable_get").invokePointer(new Object[0]));
                    checkLayout(new Pointer(address));
                    vtable = address;
                }
                v = vtable;
            }
        }
        return v;
    }

    /** The library must agree with the Java side on the ABI and the image layout. */
    private void checkLayout(Pointer vt) {
        int abi = vt.getInt(0);
        int portCount = vt.getInt(4);
        int in = vt.getInt(8);
        int out = vt.getInt(12);
        if (abi != NativeDispatch.ABI_VERSION || portCount != ports.all().size() || in != ports.inSlots()
                || out != ports.outSlots()) {
            throw new IllegalStateException("model library " + directory + " does not match its port list (abi "
                    + abi + ", " + portCount + " ports, " + in + "/" + out + " slots)");
        }
    }

    /**
     * Links a C++ program of your own (with a {@code main}) against this model and the same runtime,
     * e.g. a pure C++ driver loop to compare the bridge with. The program includes {@code "Vdut.h"}.
     */
    public Path linkExecutable(Path mainSource, Path executable) {
        Toolchain tools = Toolchain.get();
        Path obj = directory.resolve(ModelBuilder.OBJ);
        CxxCompiler cxx = new CxxCompiler(tools);
        Path outDir = executable.toAbsolutePath().getParent();
        int trace = options.waves() ? 1 : 0;
        List<String> flags = new ArrayList<>(List.of("-DVM_TRACE=" + trace, "-DVM_TRACE_FST=" + trace,
                "-DVM_TRACE_VCD=0", "-I" + obj));
        flags.addAll(options.cxxFlags());
        List<Path> mainObject = cxx.compile(List.of(mainSource.toAbsolutePath()), outDir, flags,
                "compiling " + mainSource.getFileName());
        List<String> link = new ArrayList<>();
        mainObject.forEach(o -> link.add(o.toString()));
        try (Stream<Path> s = Files.list(obj)) {
            s.filter(p -> p.getFileName().toString().startsWith("nm_unity_") && p.toString().endsWith(".o"))
                    .sorted().forEach(p -> link.add(p.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + obj, e);
        }
        link.add(runtime.toString());
        cxx.link(link, executable.toAbsolutePath(), false, "linking " + executable.getFileName());
        return executable;
    }

    @Override
    public String toString() {
        return "model " + top + " (" + ports.all().size() + " ports) in " + directory;
    }
}
