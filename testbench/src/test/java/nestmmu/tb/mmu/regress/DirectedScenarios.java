package nestmmu.tb.mmu.regress;

import java.util.ArrayList;
import java.util.List;

import nestmmu.config.MmuConfig;

/** The directed part of the regression for one config. */
final class DirectedScenarios {
    private DirectedScenarios() {}

    static List<Scenario> of(MmuConfig config) {
        List<Scenario> list = new ArrayList<>();
        list.addAll(WalkScenarios.all());
        list.addAll(FaultScenarios.all());
        list.addAll(HostileScenarios.all());
        list.addAll(NestedFaultScenarios.all(config));
        list.addAll(CacheScenarios.all(config));
        return list;
    }
}
