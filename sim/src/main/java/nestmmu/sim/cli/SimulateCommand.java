package nestmmu.sim.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.config.MmuConfig;
import nestmmu.io.Json;
import nestmmu.sim.model.Engine;
import nestmmu.sim.model.EngineReport;
import nestmmu.sim.model.EngineSettings;
import nestmmu.sim.model.Engines;
import nestmmu.sim.model.ExitCosts;
import nestmmu.sim.model.RunOptions;
import nestmmu.sim.model.SimulationResult;
import nestmmu.sim.workload.Workload;
import nestmmu.sim.workload.Workloads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./mmu simulate}: a workload through the MMU in one mode, and what it cost. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run a workload through the MMU in one paging mode and print its counters.")
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--engine", defaultValue = "model", paramLabel = "ENGINE",
            description = "What runs the workload: model (the golden model) or rtl (the generated RTL in Verilator, "
                    + "in lockstep with the model). Default: ${DEFAULT-VALUE}.")
    String engine;

    @Mixin
    PagingOptions paging;

    @Option(names = "--workload", required = true, paramLabel = "W",
            description = "synthetic:KIND,key=value,..., lackey:FILE or trace:FILE.")
    String workload;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for a synthetic workload whose spec has none (default 1).")
    Long seed;

    @Option(names = "--random-latency",
            description = "Memory with random latency and back-pressure, seeded by --seed (rtl engine).")
    boolean randomLatency;

    @Option(names = "--coverage", description = "Add the coverage bins the run hit (rtl engine).")
    boolean coverage;

    @Option(names = "--exit-cost", split = ",", paramLabel = "REASON=CYCLES",
            description = "Cycles of a VM exit (shadow mode), e.g. hiddenFault=5000,ptWrite=3000.")
    List<String> exitCosts = List.of();

    @Override
    public Integer call() {
        Mode m = paging.mode();
        PageSize guest = paging.guestPage();
        PageSize host = paging.hostPage();
        int latency = paging.memLatency();
        ExitCosts costs = ExitCosts.defaults().with(exitCosts);
        Engine e = Engines.byName(engine);
        MmuConfig cfg = paging.config();
        long s = seed == null ? 1 : seed;
        Workload w = Workloads.parse(workload, s);
        EngineReport report = e.run(cfg, new RunOptions(m, guest, host, latency, costs), w,
                new EngineSettings(s, randomLatency, coverage));
        SimulationResult r = report.result();

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("engine", e.name());
        out.put("mode", m.label());
        out.put("workload", workload);
        out.put("config", cfg.name());
        out.put("guestPage", guest.label());
        out.put("hostPage", m == Mode.NATIVE ? null : host.label());
        out.put("memLatency", latency);
        out.put("seed", s);
        out.putAll(r.toMap());
        out.put("exitCosts", costs.toMap());
        out.putAll(report.extras());
        PrintWriter pw = spec.commandLine().getOut();
        pw.print(paging.json ? Json.write(out) : toText(out));
        pw.flush();
        return report.failed() ? 1 : 0;
    }

    private static String toText(Map<String, Object> values) {
        int w = values.keySet().stream().mapToInt(String::length).max().orElse(8);
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            b.append(String.format(Locale.ROOT, "%-" + w + "s  %s%n", e.getKey(), format(e.getValue())));
        }
        return b.toString();
    }

    private static String format(Object v) {
        if (v instanceof Long l) return String.format(Locale.ROOT, "%,d", l);
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder();
            m.forEach((k, x) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(format(x)));
            return b.toString();
        }
        return String.valueOf(v);
    }
}
