package nestmmu.sim.translate;

import nestmmu.arch.AccessType;
import nestmmu.arch.Permissions;

/**
 * Permissions packed in an int for the hot paths and the caches (no objects per translation):
 * bit 0 writable, bit 1 user, bit 2 executable. The same three bits a TLB entry stores.
 */
public final class PermissionBits {
    public static final int W = 1;
    public static final int U = 2;
    public static final int X = 4;
    public static final int ALL = W | U | X;

    private PermissionBits() {}

    public static int of(boolean writable, boolean user, boolean executable) {
        return (writable ? W : 0) | (user ? U : 0) | (executable ? X : 0);
    }

    public static int of(Permissions p) {
        return of(p.writable(), p.user(), p.executable());
    }

    public static Permissions toPermissions(int bits) {
        return new Permissions((bits & W) != 0, (bits & U) != 0, (bits & X) != 0);
    }

    /** Whether these permissions allow the access (no SMEP/SMAP: supervisor may touch user pages; CR0.WP=1). */
    public static boolean allows(int bits, AccessType type, boolean user) {
        if (user && (bits & U) == 0) return false;
        if (type == AccessType.WRITE) return (bits & W) != 0;
        if (type == AccessType.EXECUTE) return (bits & X) != 0;
        return true;
    }
}
