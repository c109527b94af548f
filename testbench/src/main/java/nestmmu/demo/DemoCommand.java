package nestmmu.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import nestmmu.config.MmuConfig;
import nestmmu.io.BadInputException;
import nestmmu.io.ProjectRoot;
import nestmmu.sim.model.ExitCosts;
import nestmmu.sim.model.ModelEngine;
import nestmmu.sim.report.Comparison;
import nestmmu.sim.report.ComparisonOptions;
import nestmmu.sim.report.ComparisonRunner;
import nestmmu.sim.report.OutputDirectory;
import nestmmu.sim.report.PagePair;
import nestmmu.sim.report.Report;
import nestmmu.sim.report.ReportText;
import nestmmu.sim.report.ReportWriter;
import nestmmu.sim.report.RunProgress;
import nestmmu.sim.report.TerminalProgress;
import nestmmu.sim.timing.TimingModel;
import nestmmu.sim.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./mmu demo}: the project on one command — the RTL of a config generated and checked in
 * lockstep against the golden model in Verilator, then shadow against nested paging on a synthetic
 * suite and the bundled recorded program, with the report (and the RTL) in {@code out/demo/}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate the RTL of the config, run a short lockstep regression of it against the golden model in",
                "Verilator, compare shadow and nested paging on a bundled suite (synthetic random, ptupdate, ctxswitch",
                "and the recorded wordcount trace), and write the report (index.html, summary.json, charts, rtl/) to out/demo/.",
                "Exit 1 if the regression finds a mismatch."})
public final class DemoCommand implements Callable<Integer> {
    /** Where the generated Verilog goes, inside the report directory. */
    static final String RTL_DIR = "rtl";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default: out/demo in the project).")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", description = "MMU config (default: rtl/configs/default.json).")
    Path config;

    @Option(names = "--workloads", paramLabel = "W;W;...",
            description = "Compare on these workloads instead of the bundled suite (specs separated by ';').")
    String workloads;

    @Option(names = "--no-rtl", description = "Skip generating the RTL and its lockstep regression in Verilator (they run by default).")
    boolean noRtl;

    @Option(names = "--threads", paramLabel = "N", description = "Setups run at once (default: one per core).")
    Integer threads;

    @Override
    public Integer call() {
        Path root = ProjectRoot.path();
        Path dir = out != null ? out : root.resolve("out").resolve("demo");
        MmuConfig cfg = MmuConfig.load(config != null ? config : ProjectRoot.config(root, "default"));
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 1024) throw new BadInputException("--threads: must be between 1 and 1024, got " + n);
        ComparisonOptions options = new ComparisonOptions(TimingModel.DEFAULT_MEM_LATENCY, ExitCosts.defaults(), 1, n);
        List<Workload> suite = workloads != null ? DemoWorkloads.parse(workloads, options.seed())
                : DemoWorkloads.suite(root, options.seed());
        OutputDirectory.check("--out", dir);
        PrintWriter err = spec.commandLine().getErr();

        RunProgress progress = TerminalProgress.onStderr();
        List<Report.Step> steps = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        boolean passed = true;
        boolean rtl = !noRtl;
        if (rtl) {
            err.println("demo: generating the RTL of the " + cfg.name() + " config");
            err.flush();
            RtlSteps.Generated g = RtlSteps.generate(cfg);
            g.design().files().forEach((name, text) -> files.put(RTL_DIR + "/" + name, text));
            steps.add(g.step());
            RtlSteps.Regression regression = RtlSteps.lockstep(cfg, options.seed(), err);
            steps.add(regression.step());
            passed = regression.passed();
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < suite.size(); i++) {
            Workload w = suite.get(i);
            err.printf(Locale.ROOT, "demo: comparing on %s (%d of %d)%n", w.spec(), i + 1, suite.size());
            err.flush();
            long start = System.nanoTime();
            Comparison c = ComparisonRunner.run(w, cfg, options, new ModelEngine(), progress);
            err.printf(Locale.ROOT, "demo: %s took %.1f s%n", w.spec(), (System.nanoTime() - start) / 1e9);
            comparisons.add(c);
            steps.add(compareStep(c));
        }
        Report report = Report.suite("nestmmu demo: shadow versus nested paging", comparisons, steps);
        ReportWriter.write(dir, report, files);

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(summary(report, dir));
        if (rtl) stdout.println("RTL: " + dir.resolve(RTL_DIR));
        stdout.flush();
        return passed ? 0 : 1;
    }

    private static Report.Step compareStep(Comparison c) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("rows", c.rows().size());
        figures.put("accesses", c.rows().get(0).accesses());
        return new Report.Step("compare on " + c.workload(), "passed",
                "native, shadow and nested paging at " + PagePair.STUDIED.size() + " page pairs, with and without walk caches (" + c.config()
                        + " config, golden model)", figures);
    }

    /** What the terminal shows: the steps, the findings across the suite, and where the report is. */
    static String summary(Report report, Path dir) {
        return ReportText.summary(report) + "\nThe report, with every row and chart: " + dir.resolve(ReportWriter.HTML)
                + "\nJSON: " + dir.resolve(ReportWriter.JSON) + "\n";
    }
}
