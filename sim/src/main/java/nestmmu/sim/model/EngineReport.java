package nestmmu.sim.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an engine's run gives {@code ./mmu simulate}: the model's counters, extra keys printed after
 * them in their order (e.g. the RTL engine's {@code mismatches}), and whether a check failed
 * (then simulate exits 1).
 */
public record EngineReport(SimulationResult result, Map<String, Object> extras, boolean failed) {
    public EngineReport {
        Objects.requireNonNull(result, "result");
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    public static EngineReport of(SimulationResult result) {
        return new EngineReport(result, Map.of(), false);
    }
}
