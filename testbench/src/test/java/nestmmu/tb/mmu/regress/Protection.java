package nestmmu.tb.mmu.regress;

import nestmmu.arch.AccessType;
import nestmmu.arch.Permissions;
import nestmmu.tb.mmu.coverage.FaultClass;

/** A permission a page lacks and the access that trips over it. */
enum Protection {
    W(new Permissions(false, true, true), AccessType.WRITE, false, FaultClass.PROTECTION_W),
    U(new Permissions(true, false, true), AccessType.READ, true, FaultClass.PROTECTION_U),
    X(new Permissions(true, true, false), AccessType.EXECUTE, false, FaultClass.PROTECTION_X);

    final Permissions lacking;
    final AccessType access;
    final boolean user;
    final FaultClass expected;

    Protection(Permissions lacking, AccessType access, boolean user, FaultClass expected) {
        this.lacking = lacking;
        this.access = access;
        this.user = user;
        this.expected = expected;
    }

    @Override
    public String toString() {
        switch (this) {
            case W: return "a write to a read-only page";
            case U: return "a user read of a supervisor page";
            default: return "a fetch from a no-execute page";
        }
    }
}
