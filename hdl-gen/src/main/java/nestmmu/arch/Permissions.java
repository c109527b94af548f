package nestmmu.arch;

/**
 * What a mapping allows: writes, user-mode access, instruction fetch. Reads are always allowed
 * for a present page. Spelled like {@code ls -l}: "rwxu" = writable, executable, user;
 * "r--s" = read-only, no-execute, supervisor.
 */
public record Permissions(boolean writable, boolean user, boolean executable) {
    public static final Permissions ALL = new Permissions(true, true, true);
    public static final Permissions USER_RW = new Permissions(true, true, false);
    public static final Permissions USER_RO = new Permissions(false, true, false);

    /** The PTE flags that grant these permissions (P, RW, US, NX), without A/D. */
    public long pteFlags() {
        return Pte.P_BIT | (writable ? Pte.RW_BIT : 0) | (user ? Pte.US_BIT : 0) | (executable ? 0 : Pte.NX_BIT);
    }

    /** The permissions a single entry grants. */
    public static Permissions ofPte(long pte) {
        return new Permissions(Pte.isSet(pte, Pte.RW), Pte.isSet(pte, Pte.US), !Pte.isSet(pte, Pte.NX));
    }

    /** Both must allow: RW and US are ANDed, NX is ORed (AMD64 APM vol. 2 §5.6). */
    public Permissions and(Permissions o) {
        return new Permissions(writable && o.writable, user && o.user, executable && o.executable);
    }

    /** Whether an access of this kind and privilege is allowed (no SMEP/SMAP: supervisor may touch user pages). */
    public boolean allows(AccessType type, boolean userAccess) {
        if (userAccess && !user) return false;
        if (type == AccessType.WRITE && !writable) return false;
        return type != AccessType.EXECUTE || executable;
    }

    /** "rwxu", "r-xs", ... */
    public String spelling() {
        return "r" + (writable ? 'w' : '-') + (executable ? 'x' : '-') + (user ? 'u' : 's');
    }

    /** Parses the {@link #spelling()} form; {@code null} when malformed. */
    public static Permissions parseOrNull(String s) {
        if (s.length() != 4 || s.charAt(0) != 'r') return null;
        char w = s.charAt(1), x = s.charAt(2), u = s.charAt(3);
        if ((w != 'w' && w != '-') || (x != 'x' && x != '-') || (u != 'u' && u != 's')) return null;
        return new Permissions(w == 'w', u == 'u', x == 'x');
    }

    @Override
    public String toString() { return spelling(); }
}
