package nestmmu.sim.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.config.MmuConfig;
import nestmmu.io.Json;
import nestmmu.sim.model.Engine;
import nestmmu.sim.model.Engines;
import nestmmu.sim.model.ExitCosts;
import nestmmu.sim.model.RunOptions;
import nestmmu.sim.model.SimulationResult;
import nestmmu.sim.workload.Workload;
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
            description = "What runs the workload: model (the golden model). Default: ${DEFAULT-VALUE}.")
    String engine;

    @Mixin
    PagingOptions paging;

    @Mixin
    WorkloadOptions run;

    @Override
    public Integer call() {
        Mode m = paging.mode();
        PageSize guest = paging.guestPage();
        PageSize host = paging.hostPage();
        int latency = paging.memLatency();
        ExitCosts costs = run.exitCosts();
        Engine e = Engines.byName(engine);
        MmuConfig cfg = paging.config();
        long s = run.seed();
        Workload w = run.workload();
        SimulationResult r = e.run(cfg, new RunOptions(m, guest, host, latency, costs), w);

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("engine", e.name());
        out.put("mode", m.label());
        out.put("workload", run.workload);
        out.put("config", cfg.name());
        out.put("guestPage", guest.label());
        out.put("hostPage", m == Mode.NATIVE ? null : host.label());
        out.put("memLatency", latency);
        out.put("seed", s);
        out.putAll(r.toMap());
        out.put("exitCosts", costs.toMap());
        PrintWriter pw = spec.commandLine().getOut();
        pw.print(paging.json ? Json.write(out) : toText(out));
        pw.flush();
        return 0;
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
