package nestmmu.demo;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.emit.Design;
import nestmmu.mmu.MmuGenerator;
import nestmmu.sim.model.RunOptions;
import nestmmu.sim.report.Report;
import nestmmu.sim.workload.Workload;
import nestmmu.sim.workload.Workloads;
import nestmmu.tb.mmu.lockstep.LockstepReport;
import nestmmu.tb.mmu.lockstep.LockstepRun;
import nestmmu.tb.mmu.lockstep.MmuDesigns;
import nestmmu.tb.mmu.lockstep.RtlRunOptions;

/**
 * The demo's hardware steps: generate the Verilog of the config (it goes into the report
 * directory, under {@code rtl/}), then run a short lockstep regression of that RTL in Verilator
 * against the golden model — native, shadow and nested paging, 4K and large pages, memory with a
 * random latency and back-pressure — on a workload that maps, unmaps, protects and faults.
 */
final class RtlSteps {
    /** The regression's workload: table churn (map, unmap, mprotect, exec) makes flushes and faults too. */
    static final String WORKLOAD = "synthetic:ptupdate,accesses=4000";

    /** The runs of the regression: mode, guest page, host page. */
    static final List<RunOptions> RUNS = List.of(
            RunOptions.of(Mode.NATIVE),
            RunOptions.of(Mode.SHADOW),
            RunOptions.of(Mode.NESTED),
            RunOptions.of(Mode.NESTED).withPages(PageSize.SIZE_2M, PageSize.SIZE_4K),
            RunOptions.of(Mode.NESTED).withPages(PageSize.SIZE_4K, PageSize.SIZE_2M));

    /** The design and the step that reports it. */
    record Generated(Design design, Report.Step step) {}

    /** The lockstep step and whether it found no mismatch. */
    record Regression(Report.Step step, boolean passed) {}

    private RtlSteps() {}

    static Generated generate(MmuConfig config) {
        Design d = MmuGenerator.design(config);
        long lines = d.files().values().stream().mapToLong(text -> text.lines().count()).sum();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("top", d.top());
        figures.put("files", d.files().size());
        figures.put("lines", lines);
        return new Generated(d, new Report.Step("generate RTL", "passed",
                "Verilog of " + d.top() + " for the " + config.name() + " config (L1 TLB " + config.l1Tlb()
                        + "), in rtl/ beside this report; ./mmu generate --config F --out DIR does the same", figures));
    }

    static Regression lockstep(MmuConfig config, long seed, PrintWriter err) {
        Workload workload = Workloads.parse(WORKLOAD, seed);
        err.println("demo: building the RTL into a Verilator model (cached once built) ...");
        err.flush();
        double buildSeconds = build(config);
        long translations = 0, flushes = 0, mismatches = 0, cycles = 0, walks = 0, refs = 0;
        List<String> runs = new ArrayList<>();
        String first = null;
        long start = System.nanoTime();
        for (RunOptions options : RUNS) {
            String name = label(options);
            err.printf(Locale.ROOT, "demo: lockstep %s on %s (seed %d)%n", name, WORKLOAD, seed);
            err.flush();
            LockstepReport r = LockstepRun.run(config, options, workload,
                    new RtlRunOptions(seed, true, false, null)).lockstep();
            translations += r.translations();
            flushes += r.flushes();
            mismatches += r.mismatches();
            cycles += r.rtlCycles();
            walks += r.rtlWalks();
            refs += r.rtlReads() + r.rtlWrites();
            runs.add(name);
            if (first == null && !r.passed()) first = name + ": " + r.firstMismatch();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("runs", runs);
        figures.put("seed", seed);
        figures.put("translations", translations);
        figures.put("flushes", flushes);
        figures.put("mismatches", mismatches);
        figures.put("rtlCycles", cycles);
        figures.put("rtlRefsPerWalk", walks == 0 ? 0.0 : Math.round(100.0 * refs / walks) / 100.0);
        err.printf(Locale.ROOT, "demo: lockstep took %.1f s (Verilator build %.1f s)%n", seconds, buildSeconds);
        err.flush();
        String detail = String.format(Locale.ROOT, "%,d translations and %,d flushes (%s) made by the generated RTL in Verilator"
                + " and the golden model side by side, %,d mismatches; workload %s, memory with random latency and"
                + " back-pressure, seed %d", translations, flushes, String.join(", ", runs), mismatches, WORKLOAD, seed);
        if (first != null) detail += "; the first: " + first;
        return new Regression(new Report.Step("lockstep regression in Verilator", mismatches == 0 ? "passed" : "failed",
                detail, figures), mismatches == 0);
    }

    /** E.g. {@code nested 2M/4K}; native and shadow runs show the guest page only. */
    static String label(RunOptions o) {
        return o.mode() == Mode.NESTED ? "nested " + o.guestPage() + "/" + o.hostPage()
                : o.mode().label() + " " + o.guestPage();
    }

    /** Builds the Verilator model now, so its cost shows apart from the regression's. */
    private static double build(MmuConfig config) {
        long start = System.nanoTime();
        MmuDesigns.compiled(config);
        return (System.nanoTime() - start) / 1e9;
    }
}
