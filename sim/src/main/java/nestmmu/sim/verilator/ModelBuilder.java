package nestmmu.sim.verilator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns a design into a loadable model library: Verilator translates the top into C++ (class
 * {@code Vdut}), the port list is read from its header, the shim is generated to match, and the
 * C++ is compiled in parallel and linked with the shared runtime archive into {@code libdut.so},
 * which exports only {@code nm_vtable_get}.
 */
final class ModelBuilder {
    /** Bump when the build recipe changes in a way the key does not already see. */
    private static final String RECIPE = "model-recipe-1";
    static final String LIBRARY = "libdut.so";
    static final String OBJ = "obj";
    static final String LOG = "verilator.log";
    private static final List<String> BASE_FLAGS = List.of("--cc", "--prefix", "Vdut", "-O3",
            "--x-assign", "fast", "--x-initial", "fast", "-Wno-fatal");

    /** C++ source size above which a model is split across cores. */
    private static final long CHUNK_BYTES = 256 * 1024;

    private final Toolchain tools;
    private final BuildCache cache;

    ModelBuilder(Toolchain tools, BuildCache cache) {
        this.tools = tools;
        this.cache = cache;
    }

    CompiledModel build(VerilogDesign design, BuildOptions options) {
        Path runtime = RuntimeLibrary.get(tools, cache);
        List<String> key = new ArrayList<>(List.of(RECIPE, tools.verilatorVersion(), tools.cxxVersion(),
                runtime.toString(), Resources.text("nm_shim.cpp"), Resources.text("nm_abi.h"),
                design.top(), String.valueOf(options.waves())));
        key.addAll(BASE_FLAGS);
        key.add("verilator flags");
        key.addAll(options.verilatorFlags());
        key.add("cxx flags");
        key.addAll(tools.cxxFlags());
        key.addAll(options.cxxFlags());
        for (Map.Entry<String, String> src : design.sources().entrySet()) {
            key.add(src.getKey());
            key.add(src.getValue());
        }
        String name = "model-" + design.top() + "-" + BuildCache.key(key);
        BuildCache.Entry entry = cache.getOrBuild(name, dir -> buildInto(dir, design, options, runtime));
        PortList ports = readPorts(entry.dir());
        return new CompiledModel(design.top(), options, entry.dir(), ports, entry.built(), runtime, cache);
    }

    static PortList readPorts(Path modelDir) {
        try {
            return HeaderPorts.parse(Files.readString(modelDir.resolve(OBJ).resolve("Vdut.h")));
        } catch (IOException e) {
            throw new IllegalStateException("cached model " + modelDir + " lacks its header", e);
        }
    }

    private void buildInto(Path dir, VerilogDesign design, BuildOptions options, Path runtime) throws IOException {
        Path src = dir.resolve("src");
        Path obj = Files.createDirectories(dir.resolve(OBJ));
        List<String> cmd = new ArrayList<>(List.of(tools.verilator()));
        cmd.addAll(BASE_FLAGS);
        cmd.addAll(List.of("--top-module", design.top(), "-Mdir", obj.toString(), "-I."));
        if (options.waves()) cmd.add("--trace-fst");
        cmd.addAll(options.verilatorFlags());
        for (Map.Entry<String, String> s : design.sources().entrySet()) {
            Path file = src.resolve(s.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, s.getValue(), StandardCharsets.UTF_8);
            if (VerilogDesign.compiled(s.getKey())) cmd.add(s.getKey());
        }
        String log = Processes.check(cmd, src, "verilator (top " + design.top() + ")");
        Files.writeString(dir.resolve(LOG), log);

        PortList ports = HeaderPorts.parse(Files.readString(obj.resolve("Vdut.h")));
        Files.writeString(obj.resolve("nm_ports.inc"), PortCode.generate(ports));
        Files.writeString(obj.resolve("nm_abi.h"), Resources.text("nm_abi.h"));
        Files.writeString(obj.resolve("nm_shim.cpp"), Resources.text("nm_shim.cpp"));

        List<Path> units = unityChunks(obj);
        int trace = options.waves() ? 1 : 0;
        boolean threaded = options.verilatorFlags().stream().anyMatch(f -> f.startsWith("--threads"));
        List<String> flags = new ArrayList<>(List.of("-DVM_TRACE=" + trace, "-DVM_TRACE_FST=" + trace,
                "-DVM_TRACE_VCD=0", "-DNM_DIRECT_EVAL=" + (threaded ? 0 : 1), "-I" + obj));
        flags.addAll(options.cxxFlags());
        CxxCompiler cxx = new CxxCompiler(tools);
        List<Path> objects = cxx.compile(units, obj, flags, "compiling the model of " + design.top());

        Path exports = Files.writeString(obj.resolve("exports.map"), "{ global: nm_vtable_get; local: *; };\n");
        List<String> link = new ArrayList<>();
        objects.forEach(o -> link.add(o.toString()));
        link.add(runtime.toString());
        link.add("-Wl,--version-script=" + exports);
        cxx.link(link, dir.resolve(LIBRARY), true, "linking the model of " + design.top());
    }

    /**
     * Groups Verilator's C++ files and the shim into unity files, balanced by size: a compiler run
     * spends most of a small model's time parsing the runtime headers, so small models are one
     * run, and large ones get up to one run per core.
     */
    private List<Path> unityChunks(Path obj) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(obj)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("Vdut") && p.toString().endsWith(".cpp"))
                    .sorted(Comparator.comparingLong(ModelBuilder::size).reversed().thenComparing(Path::toString))
                    .toList();
        }
        files = new ArrayList<>(files);
        files.add(obj.resolve("nm_shim.cpp"));
        long total = files.stream().mapToLong(ModelBuilder::size).sum();
        int n = (int) Math.max(1, Math.min(tools.jobs(), total / CHUNK_BYTES));
        List<StringBuilder> text = new ArrayList<>();
        long[] load = new long[n];
        for (int i = 0; i < n; i++) text.add(new StringBuilder("// Generated by nestmmu: several Verilator files, one compiler run.\n"));
        for (Path f : files) {
            int lightest = 0;
            for (int i = 1; i < n; i++) if (load[i] < load[lightest]) lightest = i;
            load[lightest] += size(f);
            text.get(lightest).append("#include \"").append(f.getFileName()).append("\"\n");
        }
        List<Path> chunks = new ArrayList<>();
        for (int i = 0; i < n; i++) chunks.add(Files.writeString(obj.resolve("nm_unity_" + i + ".cpp"), text.get(i)));
        return chunks;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
