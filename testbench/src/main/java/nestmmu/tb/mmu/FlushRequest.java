package nestmmu.tb.mmu;

import java.util.Objects;

import nestmmu.sim.model.FlushKind;

/** One flush on the control port; operands its kind does not use are 0. */
public record FlushRequest(FlushKind kind, int vmid, int asid, long va) {
    public FlushRequest {
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        switch (kind) {
            case ALL: return "flush all";
            case VMID: return "flush vmid " + vmid;
            case ASID: return "flush vmid " + vmid + " asid " + asid;
            default: return "flush vmid " + vmid + " asid " + asid + " address 0x" + Long.toHexString(va);
        }
    }
}
