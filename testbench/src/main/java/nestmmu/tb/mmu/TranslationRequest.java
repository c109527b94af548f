package nestmmu.tb.mmu;

import java.util.Objects;

import nestmmu.arch.AccessType;
import nestmmu.sim.model.Context;

/**
 * One translation as the MMU's request port takes it: the whole context (mode, VMID, ASID, roots)
 * travels with each request, exactly the arguments of {@code MmuModel.translate}.
 */
public record TranslationRequest(Context context, long va, AccessType access, boolean user) {
    public TranslationRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(access, "access");
    }

    /** e.g. {@code nested vmid 1 asid 3 read user 0x7f5ab3c4d5e8 (root 0x101000, nroot 0x1000000)}. */
    @Override
    public String toString() {
        Context c = context;
        return c.mode().label() + " vmid " + c.vmid() + " asid " + c.asid() + " " + access.name().toLowerCase(java.util.Locale.ROOT)
                + (user ? " user" : " supervisor") + " 0x" + Long.toHexString(va) + " (root 0x" + Long.toHexString(c.root())
                + (c.nestedRoot() >= 0 ? ", nroot 0x" + Long.toHexString(c.nestedRoot()) : "") + ")";
    }
}
