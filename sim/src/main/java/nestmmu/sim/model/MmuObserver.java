package nestmmu.sim.model;

import nestmmu.arch.AccessType;
import nestmmu.sim.translate.References;
import nestmmu.sim.translate.TranslationResult;

/**
 * Watches every call into an {@link MmuModel} ({@link MmuModel#addObserver}): how a lockstep
 * harness makes the RTL under test do each translation and flush the model does, in the same
 * order, whoever calls the model (guest OS, VMM, a test), and how coverage is collected.
 */
public interface MmuObserver {
    /** A translation is about to run; the request is valid (VMID/ASID fit, the VA is canonical). */
    default void translating(Context context, long va, AccessType type, boolean user) {}

    /** The translation finished: {@code result} and {@code references} describe it (both reused by the next one). */
    default void translated(Context context, long va, AccessType type, boolean user, TranslationResult result,
                            References references) {}

    /** A flush was applied; operands a flush kind does not use are 0. */
    default void flushed(FlushKind kind, int vmid, int asid, long va) {}
}
