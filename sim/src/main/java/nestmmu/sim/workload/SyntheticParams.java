package nestmmu.sim.workload;

import java.util.Map;

/** The resolved keys of one synthetic spec: what was given, else each key's default. */
public final class SyntheticParams {
    private final Map<String, Number> values;

    SyntheticParams(Map<String, Number> values) {
        this.values = Map.copyOf(values);
    }

    public long count(String key) {
        return value(key).longValue();
    }

    public double fraction(String key) {
        return value(key).doubleValue();
    }

    public long seed() {
        return count("seed");
    }

    private Number value(String key) {
        Number n = values.get(key);
        if (n == null) throw new IllegalArgumentException("no key '" + key + "' in this kind");
        return n;
    }
}
