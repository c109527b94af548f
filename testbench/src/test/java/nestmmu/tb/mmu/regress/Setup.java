package nestmmu.tb.mmu.regress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nestmmu.config.MmuConfig;
import nestmmu.sim.model.Machine;
import nestmmu.sim.model.RunOptions;

/**
 * What a scenario runs in: the config, the memory latency, where the RTL comes from. Every rig it
 * makes is finished (and its lockstep checked) after the scenario's body; their coverage is added
 * to {@code coverage}.
 */
final class Setup {
    final MmuConfig config;
    final int memLatency;
    private final RtlSide side;
    private final String name;
    private final List<Rig> rigs = new ArrayList<>();

    Setup(MmuConfig config, int memLatency, RtlSide side, String name) {
        this.config = config;
        this.memLatency = memLatency;
        this.side = side;
        this.name = name;
    }

    /** A fresh MMU of the config with empty memory (and its RTL twin). */
    Rig rig() {
        return keep(Rig.of(config, memLatency, side, nextName(), false));
    }

    /** The same, the RTL's memory answering after random latencies and holding requests back at random. */
    Rig rigWithRandomLatency() {
        return keep(Rig.of(config, memLatency, side, nextName(), true));
    }

    /** The MMU of {@code machine} in a rig. */
    Rig rig(Machine machine) {
        return keep(Rig.of(machine, side, nextName()));
    }

    private String nextName() {
        return name + (rigs.isEmpty() ? "" : "-" + (rigs.size() + 1));
    }

    /** A machine of the config with {@code options} at the setup's memory latency. */
    Machine machine(RunOptions options) {
        return Machine.create(config, options.withMemLatency(memLatency));
    }

    private Rig keep(Rig r) {
        rigs.add(r);
        return r;
    }

    /** Finishes every rig (asserting the RTL agreed) and adds their coverage to {@code total}. */
    void finish(Map<String, Long> total) {
        for (Rig r : rigs) {
            r.finish();
            r.coverage().addTo(total);
        }
    }
}
