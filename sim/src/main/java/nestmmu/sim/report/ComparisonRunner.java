package nestmmu.sim.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nestmmu.config.MmuConfig;
import nestmmu.io.BadInputException;
import nestmmu.sim.model.Engine;
import nestmmu.sim.model.ModelEngine;
import nestmmu.sim.model.SimulationResult;
import nestmmu.sim.workload.SyntheticWorkload;
import nestmmu.sim.workload.Workload;

/**
 * Runs a {@link ComparisonPlan} on one workload. The golden model runs every setup over one read
 * of the workload per thread ({@link FanOut}); any other engine runs each setup on its own, on the
 * same number of threads. Rows come out in plan order whatever the threads did, so the output is
 * byte for byte the same for the same inputs.
 */
public final class ComparisonRunner {
    private ComparisonRunner() {}

    public static Comparison run(Workload workload, MmuConfig config, ComparisonOptions options, Engine engine,
                                 RunProgress progress) {
        List<RunSetup> plan = ComparisonPlan.of(config);
        List<SimulationResult> results;
        progress.begin("compare " + shortName(workload.spec()) + ", " + plan.size() + " setups",
                total(workload, engine, plan.size()), engine instanceof ModelEngine ? " accesses simulated" : " setups");
        try {
            results = engine instanceof ModelEngine
                    ? FanOut.run(workload, jobs(plan, config, options), options.threads(), progress)
                    : eachOnItsOwn(workload, plan, config, options, engine, progress);
        } finally {
            progress.end();
        }
        Map<RunSetup, SimulationResult> bySetup = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) bySetup.put(plan.get(i), results.get(i));
        List<ComparisonRow> rows = new ArrayList<>();
        for (RunSetup s : plan) rows.add(ComparisonRow.of(s, bySetup.get(s), bySetup.get(s.nativeBaseline())));
        return new Comparison(workload.spec(), config.name(), engine.name(), options.memLatency(), options.seed(),
                options.exitCosts(), rows);
    }

    /** The golden model on every setup. */
    public static Comparison run(Workload workload, MmuConfig config, ComparisonOptions options) {
        return run(workload, config, options, new ModelEngine(), RunProgress.NONE);
    }

    private static List<FanOut.Job> jobs(List<RunSetup> plan, MmuConfig config, ComparisonOptions o) {
        List<FanOut.Job> jobs = new ArrayList<>();
        for (RunSetup s : plan) jobs.add(new FanOut.Job(s.describe(), s.config(config), s.options(o.memLatency(), o.exitCosts())));
        return jobs;
    }

    /** Accesses times setups when the workload says how many accesses it makes, else unknown (-1). */
    private static long total(Workload w, Engine engine, int setups) {
        if (!(engine instanceof ModelEngine)) return setups;
        if (w instanceof SyntheticWorkload s) return s.params().count("accesses") * setups;
        return -1;
    }

    private static List<SimulationResult> eachOnItsOwn(Workload workload, List<RunSetup> plan, MmuConfig config,
                                                       ComparisonOptions o, Engine engine, RunProgress progress) {
        SimulationResult[] results = new SimulationResult[plan.size()];
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            int k = i;
            RunSetup s = plan.get(i);
            tasks.add(() -> {
                try {
                    results[k] = engine.run(s.config(config), s.options(o.memLatency(), o.exitCosts()), workload);
                } catch (BadInputException e) {
                    throw e.at(s.describe());
                }
                progress.advance(1);
            });
        }
        Parallel.runAll(o.threads(), tasks);
        return List.of(results);
    }

    /** "synthetic:random" of "synthetic:random,pages=64"; the file name of a trace. */
    static String shortName(String spec) {
        int comma = spec.indexOf(',');
        String s = comma < 0 ? spec : spec.substring(0, comma);
        int slash = s.lastIndexOf('/');
        return slash < 0 ? s : s.substring(0, s.indexOf(':') + 1) + s.substring(slash + 1);
    }
}
