package nestmmu.sim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import nestmmu.io.BadInputException;
import nestmmu.io.Json;
import nestmmu.sim.workload.EventStream;
import nestmmu.sim.workload.SyntheticKind;
import nestmmu.sim.workload.SyntheticParam;
import nestmmu.sim.workload.TraceWriter;
import nestmmu.sim.workload.Workload;
import nestmmu.sim.workload.WorkloadSummary;
import nestmmu.sim.workload.Workloads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./mmu workload}: what a workload does (its events counted), its events written in the
 * trace format, or the list of synthetic kinds with their keys.
 */
@Command(name = "workload", mixinStandardHelpOptions = true,
        description = {"Summarize a workload, convert it to the trace format, or list the synthetic kinds.",
                "W is synthetic:KIND,key=value,... | lackey:FILE | trace:FILE (FILE may be gzipped)."})
public final class WorkloadCommand implements Callable<Integer> {

    @Option(names = "--workload", paramLabel = "W", description = "The workload to read.")
    String workload;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Also write its events in the trace format (gzipped when FILE ends in .gz).")
    Path out;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--kinds", description = "List the synthetic kinds, their keys and defaults.")
    boolean kinds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (kinds) {
            stdout.print(kindList());
            stdout.flush();
            return 0;
        }
        if (workload == null) throw new BadInputException("--workload: missing (or use --kinds)");
        Workload w = Workloads.parse(workload);
        if (out != null) {
            try (EventStream s = w.open()) {
                long n = TraceWriter.writeFile(out, "nestmmu trace of " + w.spec(), s);
                spec.commandLine().getErr().println("workload: wrote " + n + " events to " + out);
            }
        }
        WorkloadSummary s = WorkloadSummary.of(w);
        stdout.print(json ? Json.write(asMap(w.spec(), s)) : table(w.spec(), s));
        stdout.flush();
        return 0;
    }

    static Map<String, Object> asMap(String spec, WorkloadSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workload", spec);
        m.put("events", s.events());
        m.put("accesses", s.accesses());
        m.put("reads", s.reads());
        m.put("writes", s.writes());
        m.put("fetches", s.fetches());
        m.put("supervisor", s.supervisor());
        m.put("maps", s.maps());
        m.put("unmaps", s.unmaps());
        m.put("protects", s.protects());
        m.put("switches", s.switches());
        m.put("processes", s.processes());
        m.put("distinctPages", s.distinctPages());
        return m;
    }

    static String table(String spec, WorkloadSummary s) {
        StringBuilder b = new StringBuilder();
        b.append("workload         ").append(spec).append('\n');
        b.append(String.format(Locale.ROOT, "events           %,d%n", s.events()));
        b.append(String.format(Locale.ROOT, "accesses         %,d (reads %,d, writes %,d, fetches %,d; supervisor %,d)%n",
                s.accesses(), s.reads(), s.writes(), s.fetches(), s.supervisor()));
        b.append(String.format(Locale.ROOT, "table updates    %,d maps, %,d unmaps, %,d protects (%.1f per 1000 accesses)%n",
                s.maps(), s.unmaps(), s.protects(), s.tableUpdatesPerKiloAccess()));
        b.append(String.format(Locale.ROOT, "process switches %,d among %,d processes (%.1f per 1000 accesses)%n",
                s.switches(), s.processes(), s.switchesPerKiloAccess()));
        b.append(String.format(Locale.ROOT, "distinct pages   %,d (4K, per process)%n", s.distinctPages()));
        return b.toString();
    }

    static String kindList() {
        StringBuilder b = new StringBuilder();
        for (SyntheticKind k : SyntheticKind.values()) {
            b.append("synthetic:").append(k.label()).append("  ").append(k.description()).append('\n');
            for (SyntheticParam p : k.params()) {
                b.append(String.format(Locale.ROOT, "    %-12s default %-8s %-14s %s%n",
                        p.key(), p.defaultValue(), "(" + p.range() + ")", p.doc()));
            }
        }
        return b.toString();
    }
}
