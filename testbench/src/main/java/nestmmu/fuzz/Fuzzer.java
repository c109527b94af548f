package nestmmu.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nestmmu.config.MmuConfig;
import nestmmu.sim.verilator.CompiledModel;
import nestmmu.sim.workload.Workloads;
import nestmmu.tb.mmu.lockstep.LockstepReport;
import nestmmu.tb.mmu.lockstep.LockstepRun;
import nestmmu.tb.mmu.lockstep.MmuDesigns;
import nestmmu.tb.mmu.lockstep.RtlRunOptions;

/**
 * Runs fuzz cases in lockstep (golden model against the generated RTL in Verilator) and shrinks a
 * failing one: delta debugging (ddmin) over the trace's lines while the run still mismatches, then
 * the same case with a fixed memory latency if it still fails so. The RTL comes from
 * {@code models} — the generator's MmuTop of the case's config, or a test's altered design.
 */
public final class Fuzzer {
    /** What one case came to. */
    public record Run(LockstepReport report, RuntimeException error) {
        public boolean mismatched() {
            return report != null && !report.passed();
        }
    }

    private final Function<MmuConfig, CompiledModel> models;
    private final Path scratch;

    /** @param scratch a directory for the trace files of the runs */
    public Fuzzer(Function<MmuConfig, CompiledModel> models, Path scratch) {
        this.models = models;
        this.scratch = scratch;
    }

    public static Fuzzer ofGenerator(Path scratch) {
        return new Fuzzer(MmuDesigns::compiled, scratch);
    }

    public Run run(FuzzCase c) {
        Path file = scratch.resolve("case.trace");
        try {
            Files.writeString(file, c.traceText(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            LockstepRun.Result r = LockstepRun.run(c.config(), c.options(), Workloads.trace(file),
                    new RtlRunOptions(c.rtlSeed(), c.randomLatency(), false, null), models.apply(c.config()));
            return new Run(r.lockstep(), null);
        } catch (RuntimeException e) {
            // a shrunk trace may stop being a valid program (say, an unmap of what is not mapped)
            return new Run(null, e);
        }
    }

    /** The smallest case found that still mismatches (1-minimal in its lines: no single line can go). */
    public FuzzCase shrink(FuzzCase failing) {
        List<String> lines = new ArrayList<>(failing.trace());
        int n = 2;
        while (lines.size() >= 2) {
            int chunk = (int) Math.ceil(lines.size() / (double) n);
            boolean reduced = false;
            for (int start = 0; start < lines.size(); start += chunk) {
                List<String> complement = new ArrayList<>(lines.subList(0, start));
                complement.addAll(lines.subList(Math.min(lines.size(), start + chunk), lines.size()));
                if (!complement.isEmpty() && run(failing.withTrace(complement)).mismatched()) {
                    lines = complement;
                    n = Math.max(n - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (n >= lines.size()) break;
                n = Math.min(n * 2, lines.size());
            }
        }
        FuzzCase small = failing.withTrace(lines);
        if (small.randomLatency()) {
            FuzzCase fixed = new FuzzCase(small.config(), small.options(), false, small.rtlSeed(), small.trace());
            if (run(fixed).mismatched()) small = fixed;
        }
        return small;
    }
}
