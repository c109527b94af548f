package nestmmu.sim.report;

import java.util.Locale;
import java.util.Map;

import nestmmu.arch.Mode;

/**
 * Shadow against nested paging for one page pair and walk-cache setting of a comparison: who
 * spends fewer cycles, and by how much. {@code ratio} is shadow total cycles / nested total
 * cycles, so above 1 nested paging wins.
 */
record Verdict(ComparisonRow shadow, ComparisonRow nested) {

    static Verdict of(Comparison c, PagePair pages, boolean walkCaches) {
        return new Verdict(c.require(Mode.SHADOW, pages, walkCaches), c.require(Mode.NESTED, pages, walkCaches));
    }

    double ratio() {
        return ComparisonRow.ratio(shadow.totalCycles(), nested.totalCycles());
    }

    boolean nestedWins() {
        return ratio() > 1;
    }

    /** How much faster the winner is: its rival's cycles / its own − 1 (VMware's "gain"). */
    double margin() {
        double r = ratio();
        return r >= 1 ? r - 1 : 1 / r - 1;
    }

    /** Nested paging's gain over shadow paging: negative when shadow paging is faster. */
    double nestedGain() {
        return ratio() - 1;
    }

    String winner() {
        return nestedWins() ? "nested" : "shadow";
    }

    String loser() {
        return nestedWins() ? "shadow" : "nested";
    }

    /** "nested paging wins by +35.1%" */
    String phrase() {
        return winner() + " paging wins by " + Numbers.signedPercent(margin());
    }

    /** "0.54×" */
    String ratioText() {
        return String.format(Locale.ROOT, "%.2f\u00d7", ratio());
    }

    /** VM exits of the shadow run per thousand workload accesses. */
    double shadowExitsPerKilo() {
        return shadow.accesses() == 0 ? 0 : 1000.0 * shadow.vmExits() / shadow.accesses();
    }

    /** The exit reason shadow paging took most often, or null when it took none. */
    String topExitReason() {
        String top = null;
        long most = 0;
        for (Map.Entry<String, Long> e : shadow.exitsByReason().entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                top = e.getKey();
            }
        }
        return top;
    }

    /** Share of shadow paging's cycles spent in the VMM. */
    double shadowVmmShare() {
        return ComparisonRow.ratio(shadow.vmmCycles(), shadow.totalCycles());
    }
}
