package nestmmu.sim.cli;

import java.util.List;

import nestmmu.sim.model.ExitCosts;
import nestmmu.sim.workload.Workload;
import nestmmu.sim.workload.Workloads;
import picocli.CommandLine.Option;

/** The flags of the commands that run a workload: the workload, its seed, and the shadow VMM's exit costs. */
final class WorkloadOptions {
    @Option(names = "--workload", required = true, paramLabel = "W",
            description = "synthetic:KIND,key=value,..., lackey:FILE or trace:FILE.")
    String workload;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for a synthetic workload whose spec has none (default 1).")
    Long seed;

    @Option(names = "--exit-cost", split = ",", paramLabel = "REASON=CYCLES",
            description = "Cycles of a VM exit (shadow mode), e.g. hiddenFault=5000,ptWrite=3000.")
    List<String> exitCosts = List.of();

    long seed() { return seed == null ? 1 : seed; }

    Workload workload() { return Workloads.parse(workload, seed()); }

    ExitCosts exitCosts() { return ExitCosts.defaults().with(exitCosts); }
}
