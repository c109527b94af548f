package nestmmu.sim.translate;

import nestmmu.arch.AccessType;
import nestmmu.arch.NpfExitInfo;
import nestmmu.arch.Paging;
import nestmmu.sim.cache.NestedTlb;
import nestmmu.sim.cache.PageWalkCache;
import nestmmu.sim.mem.Memory;

/**
 * The two-dimensional walk of nested paging (AMD64 APM vol. 2 §15.25): the guest walk is the
 * one-stage {@link NativeTranslator} loop, and every guest-physical address it touches — each
 * guest table entry address (gCR3 included) and the final guest-physical address — is translated
 * by the same loop over the nested table at nCR3.
 *
 * <p>Nested-dimension rules:
 * <ul>
 *   <li>Every nested access is a user access (nested tables must grant U/S).</li>
 *   <li>A guest table entry is read through a nested READ translation. When the guest walk must
 *       write the entry back (A, or A|D at the leaf), it first translates the entry's address again
 *       as a WRITE: a nested TLB hit serves it only if the cached host page is writable and dirty;
 *       otherwise the nested table is walked afresh as a write (which sets the host D bit).</li>
 *   <li>Guest table addresses go through the nested TLB (tag: VMID and guest-physical 4K page);
 *       a miss walks the nested table and fills it. The final guest-physical address is never
 *       looked up or filled there.</li>
 *   <li>A fault in the nested dimension is a #NPF: EXITINFO1 = the page-fault error code of the
 *       nested access (US always set) | bit 33 for a guest table access or bit 32 for the final
 *       address; EXITINFO2 = the faulting guest-physical address.</li>
 *   <li>The translation's page size is the smaller of the guest and host pages; its permissions
 *       are those of both combined; it is dirty only when both leaves are.</li>
 * </ul>
 * For n guest and m host levels a cold walk reads (n+1)(m+1)−1 entries: 24 for 4K/4K.
 */
public final class NestedTranslator implements TableAccess {
    private final NativeTranslator guest;
    private final NativeTranslator host;
    private final NestedTlb ntlb;

    private long ncr3;
    private int vmid;

    // outputs
    private boolean nestedFault;
    private long exitInfo1;
    private long exitInfo2;
    private long gpa;
    private long pa;
    private int pageShift;
    private int perms;
    private boolean dirty;

    /** {@code pwc} caches guest upper-level entries, {@code ntlb} guest table pages; either may be null. */
    public NestedTranslator(Memory memory, int physAddrBits, References refs, PageWalkCache pwc, NestedTlb ntlb) {
        this.guest = new NativeTranslator(memory, physAddrBits, refs, References.GUEST);
        this.host = new NativeTranslator(memory, physAddrBits, refs, References.HOST);
        this.guest.tableAccess(this);
        this.guest.walkCache(pwc);
        this.ntlb = ntlb;
    }

    /**
     * Translates {@code va} through the guest table at {@code gcr3} (guest-physical) and the nested
     * table at {@code ncr3} (host-physical). True on success; false on a guest #PF
     * ({@link #nestedFault()} false, {@link #errorCode()}) or a #NPF ({@link #exitInfo1()},
     * {@link #exitInfo2()}).
     */
    public boolean translate(long gcr3, long ncr3, long va, AccessType type, boolean user, int vmid, int asid) {
        this.ncr3 = ncr3;
        this.vmid = vmid;
        nestedFault = false;
        if (!guest.walk(gcr3, va, type, user, vmid, asid)) {
            nestedFault = guest.tableAccessFaulted();
            return false;
        }
        gpa = guest.pa();
        if (!host.walk(ncr3, gpa, type, true, -1, -1)) {
            return npf(host.errorCode(), NpfExitInfo.FINAL_GPA, gpa);
        }
        pa = host.pa();
        pageShift = Math.min(guest.pageShift(), host.pageShift());
        perms = guest.perms() & host.perms();
        dirty = guest.dirty() && host.dirty();
        return true;
    }

    @Override
    public long toHost(long tableAddress, boolean write) {
        long page = tableAddress >>> Paging.PAGE_SHIFT;
        if (ntlb != null) {
            int slot = ntlb.lookup(vmid, page);
            if (slot >= 0) {
                int p = ntlb.perms(slot);
                boolean ok = (p & PermissionBits.U) != 0
                        && (!write || ((p & PermissionBits.W) != 0 && ntlb.dirty(slot)));
                if (ok) {
                    ntlb.touch(slot);
                    return (ntlb.hostPage(slot) << Paging.PAGE_SHIFT) | (tableAddress & (Paging.PAGE_BYTES - 1));
                }
            }
        }
        AccessType type = write ? AccessType.WRITE : AccessType.READ;
        if (!host.walk(ncr3, tableAddress, type, true, -1, -1)) {
            npf(host.errorCode(), NpfExitInfo.GUEST_TABLE, tableAddress);
            return -1;
        }
        long hpa = host.pa();
        if (ntlb != null) ntlb.fill(vmid, page, hpa >>> Paging.PAGE_SHIFT, host.perms(), host.dirty());
        return hpa;
    }

    private boolean npf(int errorCode, long where, long faultingGpa) {
        nestedFault = true;
        exitInfo1 = (errorCode & NpfExitInfo.ERROR_CODE_MASK) | where;
        exitInfo2 = faultingGpa;
        return false;
    }

    /** The host-physical address (after success). */
    public long pa() { return pa; }

    /** The guest-physical address the guest walk produced (after the guest walk succeeded). */
    public long gpa() { return gpa; }

    /** log2 of the combined (splintered) page size. */
    public int pageShift() { return pageShift; }

    public int guestPageShift() { return guest.pageShift(); }

    public int hostPageShift() { return host.pageShift(); }

    public int perms() { return perms; }

    public boolean dirty() { return dirty; }

    /** G of the guest leaf: a global guest page ignores the ASID, never the VMID. */
    public boolean global() { return guest.global(); }

    /** Whether the last failure was a #NPF (else a guest #PF). */
    public boolean nestedFault() { return nestedFault; }

    /** Guest #PF error code of the last failure. */
    public int errorCode() { return guest.errorCode(); }

    public long exitInfo1() { return exitInfo1; }

    public long exitInfo2() { return exitInfo2; }

    /** Guest level of the last guest-dimension fault, or the guest level whose table access faulted. */
    public int guestFaultLevel() { return guest.faultLevel(); }

    /** Host level of the last nested-dimension fault. */
    public int hostFaultLevel() { return host.faultLevel(); }

    public int guestStartLevel() { return guest.startLevel(); }
}
