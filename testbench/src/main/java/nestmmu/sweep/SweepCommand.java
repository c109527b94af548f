package nestmmu.sweep;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import nestmmu.arch.Mode;
import nestmmu.cli.Main;
import nestmmu.io.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./mmu sweep}: a regression over configs × modes × workloads × seeds, split into shards
 * that run as separate processes on this machine's cores or as a Slurm job array. Re-running the
 * same command resumes: finished shards are kept. Exit 1 when any item failed or had mismatches.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run simulate over configs x modes x workloads x seeds, on all local cores or as a Slurm job array.",
                "Re-running the same command skips the shards that already finished."})
public final class SweepCommand implements Callable<Integer> {
    /** Slurm's array size limit is often 1001; a hundred tasks keep a cluster busy without flooding it. */
    static final int DEFAULT_SLURM_SHARDS = 100;

    @Spec
    CommandSpec spec;

    @Option(names = "--configs", required = true, split = ",", paramLabel = "FILE",
            description = "Config files, comma-separated.")
    List<String> configs;

    @Option(names = "--modes", required = true, split = ",", paramLabel = "MODE",
            description = "Modes, comma-separated: native, shadow, nested.")
    List<String> modes;

    @Option(names = "--workloads", required = true, paramLabel = "W[;W...]",
            description = "Workload specs separated by ';' (a spec may contain commas), e.g. 'synthetic:random,pages=64;lackey:ls.trace'.")
    String workloads;

    @Option(names = "--seeds", required = true, paramLabel = "N", description = "Run every combination with seeds 1..N.")
    int seeds;

    @Option(names = "--engine", defaultValue = "model", paramLabel = "model|rtl",
            description = "The simulate engine (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--backend", defaultValue = "local", paramLabel = "local|slurm",
            description = "Where shards run (default: ${DEFAULT-VALUE}).")
    String backend;

    @Option(names = "--shards", paramLabel = "K",
            description = "Number of shards (default: twice the jobs for local, up to " + DEFAULT_SLURM_SHARDS
                    + " for slurm, never more than the items; a re-run keeps the stored count).")
    Integer shards;

    @Option(names = "--jobs", paramLabel = "J", description = "Local shards at a time (default: all cores).")
    Integer jobs;

    @Option(names = "--slurm-opt", paramLabel = "OPT",
            description = "An sbatch option passed through, repeatable: --slurm-opt=--partition=x --slurm-opt=--time=30")
    List<String> slurmOptions = new ArrayList<>();

    @Option(names = "--slurm-poll", defaultValue = "5", paramLabel = "SECONDS",
            description = "How often to ask squeue whether the array has finished (default: ${DEFAULT-VALUE}).")
    double slurmPollSeconds;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (plan, shard results, logs, summary.json).")
    Path out;

    /** Which ItemRunner runs the items; only the test suite chooses another. */
    @Option(names = "--runner", hidden = true, defaultValue = SimulateRunner.NAME)
    String runner;

    @Override
    public Integer call() throws InterruptedException {
        List<String> modeList = checkModes(modes);
        List<String> workloadList = splitWorkloads(workloads);
        checkDistinct("--configs", configs);
        checkDistinct("--workloads", workloadList);
        if (seeds < 1) throw new BadInputException("--seeds: must be at least 1, got " + seeds);
        if (!engine.equals("model") && !engine.equals("rtl")) {
            throw new BadInputException("--engine: must be model or rtl, got '" + engine + "'");
        }
        ItemRunners.byName(runner);
        long itemCount = (long) configs.size() * modeList.size() * workloadList.size() * seeds;
        if (itemCount > 10_000_000) throw new BadInputException("--seeds: the sweep would have " + itemCount + " items");
        ShardLauncher launcher = ShardLauncher.ofThisJvm();
        Backend chosen;
        int defaultShards;
        switch (backend) {
            case "local" -> {
                int j = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
                chosen = new LocalBackend(j, launcher);
                defaultShards = 2 * j;
            }
            case "slurm" -> {
                if (jobs != null) throw new BadInputException("--jobs: only for --backend local; Slurm decides where shards run");
                if (!(slurmPollSeconds > 0)) throw new BadInputException("--slurm-poll: must be positive, got " + slurmPollSeconds);
                chosen = new SlurmBackend(new SlurmClient(), launcher, slurmOptions,
                        Duration.ofMillis(Math.round(slurmPollSeconds * 1000)));
                defaultShards = DEFAULT_SLURM_SHARDS;
            }
            default -> throw new BadInputException("--backend: must be local or slurm, got '" + backend + "'");
        }
        if (!slurmOptions.isEmpty() && !backend.equals("slurm")) {
            throw new BadInputException("--slurm-opt: only for --backend slurm");
        }
        int k = shards != null ? shards : (int) Math.min(itemCount, defaultShards);
        SweepPlan plan = SweepPlan.crossProduct(configs, modeList, workloadList, seeds, engine, runner,
                Path.of("").toAbsolutePath(), k);
        SweepRun.Outcome outcome = SweepRun.run(plan, shards != null, new SweepDirectory(out), chosen, System.err,
                Progress.stderrIsTerminal());
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(outcome.summary().toTable());
        stdout.println("summary: " + new SweepDirectory(out).summaryFile());
        stdout.flush();
        return outcome.summary().failures().isEmpty() ? Main.EXIT_OK : Main.EXIT_FAILED;
    }

    private static List<String> checkModes(List<String> given) {
        List<String> out = new ArrayList<>();
        for (String m : given) {
            Mode mode = Mode.parseOrNull(m);
            if (mode == null) throw new BadInputException("--modes: unknown mode '" + m + "' (native, shadow, nested)");
            out.add(mode.label());
        }
        checkDistinct("--modes", out);
        return out;
    }

    static List<String> splitWorkloads(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split(";", -1)) {
            String s = w.strip();
            if (s.isEmpty()) throw new BadInputException("--workloads: empty workload spec in '" + text + "'");
            out.add(s);
        }
        return out;
    }

    private static void checkDistinct(String flag, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (v.isBlank()) throw new BadInputException(flag + ": empty value");
            if (!seen.add(v)) throw new BadInputException(flag + ": '" + v + "' is given twice");
        }
    }
}
