package nestmmu.tb.mmu.regress;

import nestmmu.sim.model.MmuModel;
import nestmmu.tb.mmu.lockstep.Lockstep;
import nestmmu.tb.mmu.lockstep.LockstepReport;

/** Where a {@link Rig} gets its RTL from: nowhere (the model alone), or a DUT of the model's config in lockstep. */
interface RtlSide {
    /**
     * Starts a lockstep with {@code model} for the test {@code name}, its memory at the model's
     * fixed latency or at a random latency with back-pressure; null: no RTL.
     */
    Attached attach(MmuModel model, String name, boolean randomLatency);

    /** A running lockstep and how to find its traces. */
    interface Attached {
        Lockstep lockstep();

        /** Finishes the lockstep and closes the DUT; keeps its waveform only when something disagreed. */
        LockstepReport finish();

        /** "seed …; waveform …" for failure messages. */
        String whereabouts();
    }

    RtlSide NONE = (model, name, randomLatency) -> null;
}
