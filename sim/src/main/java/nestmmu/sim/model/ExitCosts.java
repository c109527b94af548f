package nestmmu.sim.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import nestmmu.io.BadInputException;

/**
 * Cycles charged per VM exit of the shadow-paging VMM, by reason: the hardware round trip (exit
 * and re-entry) plus the VMM's handler. Defaults, with where they come from (see sim/README.md):
 * <ul>
 *   <li>the round trip alone: measured on AMD hardware with KVM at about 1,350 TSC cycles
 *       (VMRUN to #VMEXIT, LKML, Dec 2020); Agesen et al. (USENIX ATC 2012) show Intel's falling
 *       from thousands of cycles (Prescott) to several hundred (Nehalem and later). We take
 *       1,000 as the round-trip share;</li>
 *   <li>the handler shares are estimates, scaled from Adams &amp; Agesen (ASPLOS 2006), who
 *       found page-table updates and hidden page faults, each an exit plus software page-table
 *       work, to cost the hardware VMM several thousand cycles — far more than native.</li>
 * </ul>
 * Every figure is an estimate for today's CPUs; set your own with {@code --exit-cost}.
 */
public final class ExitCosts {
    private static final long[] DEFAULTS = new long[VmExitReason.values().length];

    static {
        DEFAULTS[VmExitReason.HIDDEN_FAULT.ordinal()] = 4_000;
        DEFAULTS[VmExitReason.PF_INJECT.ordinal()] = 3_000;
        DEFAULTS[VmExitReason.PT_WRITE.ordinal()] = 4_000;
        DEFAULTS[VmExitReason.CR3_WRITE.ordinal()] = 2_000;
        DEFAULTS[VmExitReason.INVLPG.ordinal()] = 2_000;
        DEFAULTS[VmExitReason.DIRTY_BIT.ordinal()] = 3_000;
    }

    private final long[] cycles;

    private ExitCosts(long[] cycles) { this.cycles = cycles; }

    public static ExitCosts defaults() { return new ExitCosts(DEFAULTS.clone()); }

    public long cycles(VmExitReason reason) { return cycles[reason.ordinal()]; }

    /** This table with {@code reason} costing {@code value} cycles. */
    public ExitCosts with(VmExitReason reason, long value) {
        if (value < 0) throw new BadInputException("--exit-cost: " + reason.label() + " must not be negative, got " + value);
        long[] c = cycles.clone();
        c[reason.ordinal()] = value;
        return new ExitCosts(c);
    }

    /** Applies {@code reason=cycles} settings, e.g. from {@code --exit-cost hiddenFault=5000}. */
    public ExitCosts with(List<String> settings) {
        ExitCosts c = this;
        for (String s : settings) {
            int eq = s.indexOf('=');
            String name = eq < 0 ? s.trim() : s.substring(0, eq).trim();
            VmExitReason r = VmExitReason.parseOrNull(name);
            if (r == null) throw new BadInputException("--exit-cost: unknown exit reason '" + name + "' (known: " + known() + ")");
            if (eq < 0) throw new BadInputException("--exit-cost: expected " + name + "=CYCLES, got '" + s + "'");
            String v = s.substring(eq + 1).trim();
            long value;
            try {
                value = Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new BadInputException("--exit-cost: " + name + " must be a whole number of cycles, got '" + v + "'");
            }
            c = c.with(r, value);
        }
        return c;
    }

    private static String known() {
        StringJoiner j = new StringJoiner(", ");
        for (VmExitReason r : VmExitReason.values()) j.add(r.label());
        return j.toString();
    }

    /** {reason label: cycles} in the enum's order. */
    public Map<String, Long> toMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (VmExitReason r : VmExitReason.values()) m.put(r.label(), cycles[r.ordinal()]);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExitCosts e && Arrays.equals(cycles, e.cycles);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(cycles); }
}
