package nestmmu.tb.mmu;

import nestmmu.arch.PfErrorCode;

/**
 * What the MMU's response port carried, as raw pin values (see {@link PinCodes}), and when.
 *
 * @param cycles     c of the timing contract: the response became valid after edge t + c for a
 *                   request accepted on edge t
 */
public record RtlResponse(long fault, long pa, long pageSize, long perms, boolean dirty, boolean global, long errorCode,
                          boolean npfFinal, boolean npfTable, long faultAddress, long source, long cycles) {

    /** The fields that matter for its kind, e.g. {@code ok pa 0x40001e8 2M rwu walk} or {@code #PF P|WR at 0x...}. */
    @Override
    public String toString() {
        String where = " (" + PinCodes.sourceName(source) + ", " + cycles + " cycles)";
        if (fault == 0) {
            return "ok pa 0x" + Long.toHexString(pa) + " " + PinCodes.pageSizeName(pageSize) + " " + PinCodes.permsText(perms)
                    + (dirty ? " dirty" : "") + (global ? " global" : "") + where;
        }
        if (fault == 1) return "#PF " + PfErrorCode.describe(errorCode) + " at 0x" + Long.toHexString(faultAddress) + where;
        if (fault == 2) {
            return "#NPF " + PfErrorCode.describe(errorCode) + (npfFinal ? " final" : "") + (npfTable ? " table" : "")
                    + " at gpa 0x" + Long.toHexString(faultAddress) + where;
        }
        return "fault " + fault + "?" + where;
    }
}
