package nestmmu.sim.verilator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nestmmu.io.BadInputException;

/**
 * The tools a model build uses, found once per JVM: verilator and its include directory, the C++
 * compiler, and the JDK's JNI headers. Their versions go into every cache key, so upgrading a
 * tool rebuilds what it built.
 */
record Toolchain(String verilator, String verilatorVersion, Path verilatorInclude,
                 String cxx, String cxxVersion, Path jniInclude, int jobs) {

    private static volatile Toolchain found;

    static Toolchain get() {
        Toolchain t = found;
        if (t == null) {
            synchronized (Toolchain.class) {
                if (found == null) found = detect();
                t = found;
            }
        }
        return t;
    }

    private static Toolchain detect() {
        String verilator = envOr("NESTMMU_VERILATOR", "verilator");
        String cxx = envOr("CXX", "g++");
        String version = firstLine(Processes.run(List.of(verilator, "--version"), null), verilator);
        Processes.Result root = Processes.run(List.of(verilator, "--getenv", "VERILATOR_ROOT"), null);
        Path include = Path.of(root.output().strip(), "include");
        if (!root.ok() || !Files.isRegularFile(include.resolve("verilated.cpp"))) {
            throw new BadInputException("cannot find Verilator's runtime sources (verilated.cpp) under " + include);
        }
        String cxxVersion = firstLine(Processes.run(List.of(cxx, "--version"), null), cxx);
        Path jni = Path.of(System.getProperty("java.home"), "include");
        if (!Files.isRegularFile(jni.resolve("jni.h"))) {
            throw new BadInputException("cannot find jni.h under " + jni + ": the Verilator bridge needs a JDK, not a JRE");
        }
        int jobs = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new Toolchain(verilator, version, include, cxx, cxxVersion, jni, jobs);
    }

    private static String firstLine(Processes.Result r, String tool) {
        if (!r.ok()) throw new BadInputException(tool + " --version failed: " + r.output().strip());
        return r.output().lines().findFirst().orElse("").strip();
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Flags every translation unit of a model, the runtime and the shim is compiled with. */
    List<String> cxxFlags() {
        return List.of("-O2", "-fPIC", "-fno-semantic-interposition", "-fvisibility=hidden",
                "-fvisibility-inlines-hidden", "-faligned-new", "-fcf-protection=none",
                "-Wno-bool-operation", "-Wno-sign-compare", "-Wno-uninitialized",
                "-Wno-unused-but-set-variable", "-Wno-unused-parameter", "-Wno-unused-variable", "-Wno-shadow",
                "-I" + verilatorInclude, "-I" + verilatorInclude.resolve("vltstd"),
                "-DVM_COVERAGE=0", "-DVM_SC=0",
                // Our shim replaces Verilator's handlers, which would end the JVM on $stop or an error.
                "-DVL_USER_FINISH", "-DVL_USER_STOP", "-DVL_USER_FATAL");
    }

    /** Libraries a model links against after the runtime archive. */
    List<String> linkLibraries() {
        return List.of("-pthread", "-lpthread", "-latomic", "-lz");
    }
}
