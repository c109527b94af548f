package nestmmu.mmu;

import nestmmu.hdl.Bool;
import nestmmu.hdl.UInt;

/**
 * Whether permissions allow an access (no SMEP/SMAP, CR0.WP = 1): user accesses need U, writes
 * need W, fetches need X; a present page is always readable. The one check the walker applies at
 * a leaf and the TLBs apply before a hit serves.
 */
public final class PermissionCheck {
    private PermissionCheck() {}

    public static Bool allows(UInt perm, UInt access, Bool user) {
        Bool userOk = user.not().or(perm.bit(Encodings.PERM_U));
        Bool writeOk = access.ne(Encodings.WRITE).or(perm.bit(Encodings.PERM_W));
        Bool fetchOk = access.ne(Encodings.EXECUTE).or(perm.bit(Encodings.PERM_X));
        return userOk.and(writeOk).and(fetchOk);
    }

    /** A TLB entry answers the access without a walk: allowed, and already dirty if it is a write. */
    public static Bool serves(UInt perm, Bool dirty, UInt access, Bool user) {
        return allows(perm, access, user).and(access.ne(Encodings.WRITE).or(dirty));
    }
}
