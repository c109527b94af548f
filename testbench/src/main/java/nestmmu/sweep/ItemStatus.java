package nestmmu.sweep;

import java.util.Locale;

/** How one sweep item ended. Anything but {@link #OK} is a failure of the sweep. */
public enum ItemStatus {
    /** The run finished and reported no mismatches. */
    OK,
    /** The run finished, but RTL and model disagreed (simulate exit 1, or mismatches &gt; 0). */
    MISMATCHES,
    /** The item's own input was rejected: a missing config, a bad workload spec (simulate exit 2). */
    BAD_INPUT,
    /** The run crashed or printed no readable result. */
    ERROR,
    /** The shard process holding the item never wrote its results (it crashed, was killed, or Slurm failed it). */
    SHARD_FAILED;

    /** "ok", "mismatches", "bad-input", "error", "shard-failed". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ItemStatus parse(String label) {
        for (ItemStatus s : values()) {
            if (s.label().equals(label)) return s;
        }
        throw new nestmmu.io.BadInputException("status: unknown value '" + label + "'");
    }
}
