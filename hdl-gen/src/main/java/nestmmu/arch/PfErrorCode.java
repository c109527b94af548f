package nestmmu.arch;

/**
 * Page-fault error-code bits (AMD64 APM vol. 2 §8.4.2). The same bits 0–4 form EXITINFO1[4:0]
 * of a nested page fault.
 */
public final class PfErrorCode {
    /** The fault was a protection violation on a present entry (clear: not present). */
    public static final int P = 1 << 0;
    /** The access was a write. */
    public static final int WR = 1 << 1;
    /** The access was a user access. */
    public static final int US = 1 << 2;
    /** A reserved bit was set in a present entry. */
    public static final int RSVD = 1 << 3;
    /** The access was an instruction fetch. */
    public static final int ID = 1 << 4;

    private PfErrorCode() {}

    /** The W/R, U/S and I/D bits that describe an access, without P or RSVD. */
    public static int ofAccess(AccessType type, boolean user) {
        return (type.isWrite() ? WR : 0) | (user ? US : 0) | (type.isFetch() ? ID : 0);
    }

    /** e.g. "P|WR|US". */
    public static String describe(long code) {
        StringBuilder b = new StringBuilder();
        String[] names = {"P", "WR", "US", "RSVD", "ID"};
        for (int i = 0; i < names.length; i++) {
            if ((code & (1L << i)) != 0) {
                if (b.length() > 0) b.append('|');
                b.append(names[i]);
            }
        }
        return b.length() == 0 ? "0" : b.toString();
    }
}
