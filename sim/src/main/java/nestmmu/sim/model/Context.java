package nestmmu.sim.model;

import java.util.Objects;

import nestmmu.arch.Mode;

/**
 * What the MMU translates for: the mode of the VM, its VMID, the process's ASID, and the roots.
 * Native and shadow: {@code root} is the host-physical table (CR3, or the VMM's shadow root).
 * Nested: {@code root} is the guest CR3 (guest-physical), {@code nestedRoot} the nCR3.
 */
public record Context(Mode mode, int vmid, int asid, long root, long nestedRoot) {
    public Context {
        Objects.requireNonNull(mode, "mode");
        if (vmid < 0 || asid < 0) throw new IllegalArgumentException("vmid and asid must not be negative");
        if (mode == Mode.NESTED && nestedRoot < 0) throw new IllegalArgumentException("nested mode needs an nCR3");
    }

    public static Context nativeMode(int vmid, int asid, long cr3) {
        return new Context(Mode.NATIVE, vmid, asid, cr3, -1);
    }

    public static Context shadow(int vmid, int asid, long shadowRoot) {
        return new Context(Mode.SHADOW, vmid, asid, shadowRoot, -1);
    }

    public static Context nested(int vmid, int asid, long guestCr3, long nestedCr3) {
        return new Context(Mode.NESTED, vmid, asid, guestCr3, nestedCr3);
    }
}
