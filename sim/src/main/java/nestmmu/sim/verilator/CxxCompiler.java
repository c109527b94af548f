package nestmmu.sim.verilator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Compiles translation units in parallel (one job per core) and links or archives them. */
final class CxxCompiler {
    private final Toolchain tools;

    CxxCompiler(Toolchain tools) {
        this.tools = tools;
    }

    /** Compiles each source to {@code outDir/<name>.o}; the first failure throws with its errors. */
    List<Path> compile(List<Path> sources, Path outDir, List<String> extraFlags, String what) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(tools.jobs(), Math.max(1, sources.size())));
        try {
            List<Future<Processes.Result>> runs = new ArrayList<>();
            List<Path> objects = new ArrayList<>();
            for (Path src : sources) {
                String name = src.getFileName().toString();
                Path obj = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".o");
                objects.add(obj);
                List<String> cmd = new ArrayList<>();
                cmd.add(tools.cxx());
                cmd.addAll(tools.cxxFlags());
                cmd.addAll(extraFlags);
                cmd.addAll(List.of("-c", src.toString(), "-o", obj.toString()));
                runs.add(pool.submit(() -> Processes.run(cmd, outDir)));
            }
            for (Future<Processes.Result> run : runs) {
                Processes.Result r = run.get();
                if (!r.ok()) throw VerilatorBuildException.from(what, r.output(), outDir);
            }
            return objects;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    void archive(List<Path> objects, Path archive) {
        List<String> cmd = new ArrayList<>(List.of("ar", "rcs", archive.toString()));
        objects.forEach(o -> cmd.add(o.toString()));
        Processes.check(cmd, archive.getParent(), "archiving " + archive.getFileName());
    }

    /** Links a shared library or an executable from objects, archives and flags, in that order. */
    void link(List<String> inputsAndFlags, Path output, boolean shared, String what) {
        List<String> cmd = new ArrayList<>(List.of(tools.cxx()));
        if (shared) cmd.addAll(List.of("-shared", "-Wl,-Bsymbolic"));
        cmd.addAll(inputsAndFlags);
        cmd.addAll(tools.linkLibraries());
        cmd.addAll(List.of("-o", output.toString()));
        Processes.check(cmd, output.getParent(), what);
    }
}
