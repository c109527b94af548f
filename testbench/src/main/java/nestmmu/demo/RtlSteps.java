package nestmmu.demo;

import java.util.List;
import java.util.Map;

import nestmmu.sim.report.Report;

/**
 * The demo's hardware steps — generate the RTL of the default config and run a short lockstep
 * regression of it against the golden model in Verilator — as this build can do them. The RTL
 * generator ({@code ./mmu generate}) and the RTL engine ({@code --engine rtl}) are not part of it
 * yet, so the steps are reported as not run, with the reason, rather than pretended.
 */
final class RtlSteps {
    private RtlSteps() {}

    static List<Report.Step> notInThisBuild() {
        return List.of(
                new Report.Step("generate RTL", "not run",
                        "the MMU generators (./mmu generate) are not in this build yet", Map.of()),
                new Report.Step("lockstep regression in Verilator", "not run",
                        "the RTL engine (--engine rtl) is not in this build yet; the comparison below runs on the golden"
                                + " model, whose timing model is the RTL's", Map.of()));
    }
}
