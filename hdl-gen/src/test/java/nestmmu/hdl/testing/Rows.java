package nestmmu.hdl.testing;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stimulus rows for {@link nestmmu.hdl.tools.IcarusSim}: {@code row("inc_i", 1, "clear_i", 0)}. */
public final class Rows {
    private Rows() {}

    public static Map<String, Long> row(Object... portsAndValues) {
        Map<String, Long> r = new LinkedHashMap<>();
        for (int i = 0; i < portsAndValues.length; i += 2) {
            Object v = portsAndValues[i + 1];
            long value = v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).longValue();
            r.put((String) portsAndValues[i], value);
        }
        return r;
    }

    /** An output as a long; fails on X or Z. */
    public static long value(Map<String, BigInteger> outputs, String port) {
        BigInteger v = outputs.get(port);
        if (v == null) throw new AssertionError(port + " is X or Z; outputs " + outputs);
        return v.longValue();
    }
}
