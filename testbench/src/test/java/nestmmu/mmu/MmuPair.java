package nestmmu.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import nestmmu.arch.AccessType;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.emit.Design;
import nestmmu.sim.model.Context;
import nestmmu.sim.model.MmuModel;
import nestmmu.sim.timing.TimingModel;
import nestmmu.sim.verilator.VerilogDesign;
import nestmmu.tb.Duts;

/**
 * The generated MMU and the golden model side by side, each over its own copy of one
 * {@link TestWorld}: every translation and flush goes to both, and the two must agree on the
 * outcome, the memory references and (with a fixed latency) the cycle count.
 */
final class MmuPair<S> {
    private static final Map<MmuConfig, VerilogDesign> DESIGNS = new ConcurrentHashMap<>();

    final MmuModel model;
    final RtlMmu rtl;
    final TestWorld modelWorld;
    final TestWorld rtlWorld;
    /** What the setup returned (contexts, addresses), equal on both sides. */
    final S setup;
    private final boolean exactCycles;
    private int count;

    /**
     * {@code setup} maps pages in a fresh world and returns what the test needs from it
     * (contexts, addresses); it runs once per side and must give equal answers.
     * {@code jitter} null: fixed latency, and cycle counts are compared too.
     */
    MmuPair(Duts duts, MmuConfig config, int latency, SplittableRandom jitter, Supplier<TestWorld> world,
            Function<TestWorld, S> setup) {
        this.modelWorld = world.get();
        this.rtlWorld = world.get();
        this.setup = setup.apply(modelWorld);
        assertEquals(this.setup, setup.apply(rtlWorld), "the setup is not deterministic");
        this.model = new MmuModel(config, modelWorld.memory, new TimingModel(latency));
        this.rtl = new RtlMmu(duts.open(design(config)), rtlWorld.memory, latency, jitter);
        this.exactCycles = jitter == null;
        rtl.waitReady();
    }

    static VerilogDesign design(MmuConfig config) {
        return DESIGNS.computeIfAbsent(config, c -> {
            Design d = MmuGenerator.design(c);
            return VerilogDesign.of(d.top(), d.files());
        });
    }

    Observed translate(Context c, long va, AccessType type, boolean user) {
        count++;
        Observed expected = Observed.ofModel(model.translate(c, va, type, user), model.references());
        Observed actual = rtl.translate(c, va, type, user);
        if (!exactCycles) actual = withCycles(actual, expected.cycles());
        String what = "translation " + count + ": " + c + " va 0x" + Long.toHexString(va) + " " + type + (user ? " user" : " supervisor")
                + "; " + rtl.dut().whereabouts();
        assertEquals(expected, actual, what);
        return actual;
    }

    void flush(Encodings.FlushOp op, int vmid, int asid, long va) {
        switch (op) {
            case ALL -> model.flushAll();
            case VMID -> model.flushVmid(vmid);
            case ASID -> model.flushAsid(vmid, asid);
            case ADDRESS -> model.flushAddress(vmid, asid, va);
        }
        rtl.flush(op, vmid, asid, va);
    }

    private static Observed withCycles(Observed o, long cycles) {
        return new Observed(o.fault(), o.pa(), o.pageSize(), o.perm(), o.dirty(), o.global(), o.errorCode(), o.faultAddr(),
                o.npfFinal(), o.npfTable(), o.source(), cycles, o.refs());
    }
}
