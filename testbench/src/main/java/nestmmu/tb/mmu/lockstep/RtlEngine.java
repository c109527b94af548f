package nestmmu.tb.mmu.lockstep;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import nestmmu.config.MmuConfig;
import nestmmu.io.ProjectRoot;
import nestmmu.sim.model.Engine;
import nestmmu.sim.model.EngineReport;
import nestmmu.sim.model.EngineSettings;
import nestmmu.sim.model.RunOptions;
import nestmmu.sim.model.SimulationResult;
import nestmmu.sim.workload.Workload;

/**
 * {@code --engine rtl}: the workload runs on the golden model's machine and every MMU operation is
 * made by the generated RTL in Verilator too ({@link LockstepRun}). The counters are the model's
 * (equal to the RTL's when {@code mismatches} is 0); the extra keys say what the comparison found:
 * <ul>
 *   <li>{@code mismatches} — translations and flushes that disagreed, plus differing words of the
 *       final memories; simulate exits 1 when it is not 0;</li>
 *   <li>{@code rtlCycles}, {@code rtlMemory} (the memory the RTL had), {@code cyclesCompared};</li>
 *   <li>{@code firstMismatch}, {@code mismatchDetails} (up to 10), {@code rtlStopped} (the RTL
 *       stopped answering), {@code seed}-reproducible, and {@code waveform}: an FST of a replay up
 *       to the first mismatch, under {@code target/waves/simulate/} of the project root;</li>
 *   <li>{@code coverage} with {@code --coverage}: the bins of the mode hit (see {@code CoverageBins}).</li>
 * </ul>
 */
public final class RtlEngine implements Engine {
    @Override
    public String name() {
        return "rtl";
    }

    @Override
    public SimulationResult run(MmuConfig config, RunOptions options, Workload workload) {
        return run(config, options, workload, EngineSettings.PLAIN).result();
    }

    @Override
    public EngineReport run(MmuConfig config, RunOptions options, Workload workload, EngineSettings settings) {
        Path wave = ProjectRoot.path().resolve("target").resolve("waves").resolve("simulate").resolve(
                fileName(config.name() + "-" + options.mode().label() + "-seed" + settings.seed() + "-" + workload) + ".fst");
        LockstepRun.Result r = LockstepRun.run(config, options, workload,
                new RtlRunOptions(settings.seed(), settings.randomLatency(), settings.coverage(), wave));
        LockstepReport l = r.lockstep();
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("mismatches", l.mismatches());
        extras.put("rtlCycles", l.rtlCycles());
        extras.put("rtlMemory", r.timing());
        extras.put("cyclesCompared", !settings.randomLatency());
        extras.put("firstMismatch", l.firstMismatch());
        if (!l.passed()) {
            extras.put("mismatchDetails", l.first());
            extras.put("rtlStopped", l.stopped());
            extras.put("waveform", r.waveform() == null ? null : r.waveform().toAbsolutePath().normalize().toString());
        }
        if (r.coverage() != null) extras.put("coverage", r.coverage().toMap());
        return new EngineReport(r.model(), extras, !l.passed());
    }

    /** Letters, digits, dot, dash and underscore; the rest become '_'; at most 120 characters. */
    static String fileName(String text) {
        String s = text.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.length() > 120 ? s.substring(0, 120) : s;
    }
}
