package nestmmu.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nestmmu.io.BadInputException;
import nestmmu.sim.workload.BundledTrace;
import nestmmu.sim.workload.NamedWorkload;
import nestmmu.sim.workload.Workload;
import nestmmu.sim.workload.Workloads;

/**
 * The workloads the demo compares on: a few synthetic kinds chosen so that each finding shows,
 * and the bundled recorded program.
 * <ul>
 *   <li>{@code random} over 1024 pages, 300 accesses a page: the TLB misses on almost every
 *       access and the tables never change after the first touches, where nested paging's 2D walk
 *       should cost more than shadow paging's rare exits;</li>
 *   <li>{@code ptupdate}: mmap, munmap, mprotect and exec churn, where shadow paging exits on
 *       every guest page-table write;</li>
 *   <li>{@code ctxswitch}: 16 processes switching every 100 accesses, where shadow paging exits
 *       on every CR3 write;</li>
 *   <li>the bundled valgrind lackey trace of {@code wordcount.c} (8.1 M accesses), a real
 *       program.</li>
 * </ul>
 */
public final class DemoWorkloads {
    public static final List<String> SYNTHETIC = List.of(
            "synthetic:random,pages=1024,accesses=300000",
            "synthetic:ptupdate",
            "synthetic:ctxswitch");
    /** The bundled trace, relative to the project root. */
    public static final String BUNDLED_TRACE = BundledTrace.PROJECT_PATH;

    private DemoWorkloads() {}

    /** The demo's suite: the synthetic kinds, then the bundled trace under {@code root}. */
    public static List<Workload> suite(Path root, long seed) {
        List<Workload> list = new ArrayList<>();
        for (String spec : SYNTHETIC) list.add(Workloads.parse(spec, seed));
        list.add(bundledTrace(root));
        return list;
    }

    /** {@code specs} separated by ';' (a spec itself contains commas), as given with {@code --workloads}. */
    public static List<Workload> parse(String specs, long seed) {
        List<Workload> list = new ArrayList<>();
        for (String s : specs.split(";")) {
            if (!s.isBlank()) list.add(Workloads.parse(s.trim(), seed));
        }
        if (list.isEmpty()) throw new BadInputException("--workloads: no workload given");
        return list;
    }

    /**
     * The bundled trace, read from under {@code root} but named by its path in the project, so
     * the report reads the same in every checkout.
     */
    static Workload bundledTrace(Path root) {
        Path file = root.resolve(BUNDLED_TRACE);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("the bundled trace " + BUNDLED_TRACE + " is not under " + root
                    + " (run the demo from a checkout, or set -Dnestmmu.root)");
        }
        return new NamedWorkload(Workloads.LACKEY + BUNDLED_TRACE, Workloads.lackey(file)::open);
    }
}
