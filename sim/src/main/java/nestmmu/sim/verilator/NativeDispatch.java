package nestmmu.sim.verilator;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.sun.jna.Function;
import com.sun.jna.JNIEnv;
import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;

/**
 * The native calls into models. JNA loads the small dispatcher library ({@code nm_dispatch.c})
 * and calls it once to register these methods with the JVM; after that each call is an ordinary
 * JNI call of a few nanoseconds (a JNA-mapped call costs ~100 ns, which a per-signal testbench
 * pays several times a cycle). The dispatcher forwards through the vtable at the start of every
 * instance, so one set of methods serves every model loaded in this JVM.
 * Statuses are {@code NM_OK} 0, {@code NM_ERROR} 1, {@code NM_FINISHED} 2 (see nm_abi.h).
 */
final class NativeDispatch {
    static final int OK = 0;
    static final int ERROR = 1;
    static final int FINISHED = 2;
    static final int ABI_VERSION = 1;

    private static final int RTLD_NOW = 2;
    private static volatile boolean registered;

    private NativeDispatch() {}

    static native long create(long vtable, String fstPathOrNull);

    static native void destroy(long inst);

    static native ByteBuffer image(long inst);

    static native int eval(long inst);

    static native int tick(long inst, int cycles);

    static native int step(long inst, int cycles, long inAddress, long outAddress);

    static native int poke(long inst, int port, long value);

    static native long peek(long inst, int port);

    static native int setClock(long inst, int port);

    static native String error(long inst);

    /** Builds (or finds in the cache) the dispatcher and registers the methods above, once per JVM. */
    static void ensureRegistered(Toolchain tools, BuildCache cache) {
        if (registered) return;
        synchronized (NativeDispatch.class) {
            if (registered) return;
            Path lib = build(tools, cache);
            NativeLibrary library = load(lib);
            int abi = library.getFunction("nm_abi_version").invokeInt(new Object[0]);
            if (abi != ABI_VERSION) throw new IllegalStateException(lib + ": ABI " + abi + ", expected " + ABI_VERSION);
            Function register = library.getFunction("nm_register_natives");
            int rc = register.invokeInt(new Object[] {JNIEnv.CURRENT, NativeDispatch.class});
            if (rc != 0) throw new IllegalStateException("RegisterNatives failed (" + rc + ") for " + lib);
            registered = true;
        }
    }

    /** Opens a shared library for good: it stays loaded while this JVM lives, as models may use it. */
    static NativeLibrary load(Path library) {
        NativeLibrary lib = NativeLibrary.getInstance(library.toString(), Map.of(
                Library.OPTION_OPEN_FLAGS, RTLD_NOW, Library.OPTION_ALLOW_OBJECTS, Boolean.TRUE));
        Loaded.KEEP.add(lib);
        return lib;
    }

    private static Path build(Toolchain tools, BuildCache cache) {
        String abi = Resources.text("nm_abi.h");
        String source = Resources.text("nm_dispatch.c");
        String key = BuildCache.key(List.of("dispatch", abi, source, tools.cxxVersion(), tools.jniInclude().toString()));
        return cache.getOrBuild("dispatch-" + key, dir -> {
            Files.writeString(dir.resolve("nm_abi.h"), abi);
            Files.writeString(dir.resolve("nm_dispatch.c"), source);
            Processes.check(List.of(tools.cxx(), "-x", "c", "-O2", "-fPIC", "-shared",
                    "-I" + tools.jniInclude(), "-I" + tools.jniInclude().resolve("linux"),
                    "nm_dispatch.c", "-o", "libnm_dispatch.so"), dir, "building the JNI dispatcher");
        }).dir().resolve("libnm_dispatch.so");
    }

    /** JNA would close a library whose NativeLibrary object is collected; models must never vanish. */
    private static final class Loaded {
        static final List<NativeLibrary> KEEP = new java.util.concurrent.CopyOnWriteArrayList<>();
    }
}
