package nestmmu.sim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import nestmmu.config.MmuConfig;
import nestmmu.io.BadInputException;
import nestmmu.io.Json;
import nestmmu.sim.model.Engine;
import nestmmu.sim.model.Engines;
import nestmmu.sim.report.Comparison;
import nestmmu.sim.report.ComparisonOptions;
import nestmmu.sim.report.ComparisonRunner;
import nestmmu.sim.report.OutputDirectory;
import nestmmu.sim.report.Report;
import nestmmu.sim.report.ReportText;
import nestmmu.sim.report.ReportWriter;
import nestmmu.sim.report.TerminalProgress;
import nestmmu.sim.workload.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./mmu compare}: one workload in native, shadow and nested paging at every studied page size. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run a workload in native, shadow and nested paging for guest/host pages 4K/4K, 4K/2M, 2M/4K,",
                "2M/2M and 1G/1G, with and without walk caches; print a table and the findings the numbers support.",
                "overheadVsNative is measured against native paging at the same guest page size and walk-cache",
                "setting; native rows have one page size, so their hostPage equals their guestPage."})
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkloadOptions run;

    @Mixin
    MachineOptions machine;

    @Option(names = "--json", description = "Print JSON: {\"rows\": [...], ...}.")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write DIR/summary.json, PNG charts and DIR/index.html (DIR is replaced whole).")
    Path out;

    @Option(names = "--engine", defaultValue = "model", paramLabel = "ENGINE",
            description = "What runs the workload: model (the golden model) or another registered engine. Default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--threads", paramLabel = "N",
            description = "Setups run at once (default: one per core). The output does not depend on it.")
    Integer threads;

    @Override
    public Integer call() {
        ComparisonOptions options = options();
        Engine e = Engines.byName(engine);
        MmuConfig cfg = machine.config();
        Workload w = run.workload();
        if (out != null) OutputDirectory.check("--out", out);

        Comparison c = ComparisonRunner.run(w, cfg, options, e, TerminalProgress.onStderr());
        Report report = Report.of(c);
        if (out != null) ReportWriter.write(out, report);

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(json ? Json.write(c.toMap()) : ReportText.render(report));
        stdout.flush();
        if (out != null) spec.commandLine().getErr().println("compare: wrote " + out.resolve("index.html"));
        return 0;
    }

    private ComparisonOptions options() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 1024) throw new BadInputException("--threads: must be between 1 and 1024, got " + n);
        return new ComparisonOptions(machine.memLatency(), run.exitCosts(), run.seed(), n);
    }
}
