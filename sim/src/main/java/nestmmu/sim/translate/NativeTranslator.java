package nestmmu.sim.translate;

import nestmmu.arch.AccessType;
import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;
import nestmmu.arch.PfErrorCode;
import nestmmu.arch.Pte;
import nestmmu.sim.cache.PageWalkCache;
import nestmmu.sim.mem.Memory;

/**
 * The x86-64 4-level page walk, as one plain loop over levels (AMD64 APM vol. 2 §5.3–5.6).
 *
 * <p>Per level, in this order:
 * <ol>
 *   <li>read the entry (one reference);</li>
 *   <li>P clear: #PF, not present;</li>
 *   <li>a reserved bit set (address bits at or above physAddrBits; PS in a PML4E; in a 2M/1G leaf
 *       the address bits below the page size other than PAT): #PF with P|RSVD;</li>
 *   <li>accumulate permissions: RW and US are ANDed, NX is ORed over the levels;</li>
 *   <li>a non-leaf entry with A clear is written back at once with A set (one write of the value
 *       just read, with A ORed in), even if a lower level faults later — x86 sets A on every
 *       entry the walk used; then the walk continues at the next table;</li>
 *   <li>at the leaf (PT entry, or PS in a PDPTE/PDE): if the accumulated permissions deny the
 *       access, #PF with P set and nothing is written; otherwise, if A (or D, for a write) is
 *       clear, one write sets both.</li>
 * </ol>
 * The entry read serves as the read half of the locked read-modify-write: the model has one memory
 * master, so nothing changes the entry between the two.
 *
 * <p>The same loop is the guest dimension of a nested walk: {@link TableAccess} turns each table
 * address into a host-physical one first. With a page-walk cache the walk starts below the deepest
 * cached non-leaf entry and fills the cache with each non-leaf entry it reads (after its A write).
 *
 * <p>Results are left in this object (like a walker's output registers) until the next walk.
 */
public final class NativeTranslator {
    private final Memory memory;
    private final References refs;
    private final int dimensionBits;
    /** reservedMasks[level] for a non-leaf or 4K entry; largeLeafMasks[level] for a 2M/1G leaf. */
    private final long[] reservedMasks = new long[Paging.LEVELS + 1];
    private final long[] largeLeafMasks = new long[Paging.LEVELS + 1];
    private TableAccess tableAccess;
    private PageWalkCache pwc;

    // outputs
    private long pa;
    private int pageShift;
    private int perms;
    private boolean dirty;
    private boolean global;
    private int errorCode;
    private int faultLevel;
    private boolean tableAccessFaulted;
    private int startLevel;

    /**
     * @param memory       host-physical memory the entries are read from
     * @param physAddrBits physical-address width: entry address bits at or above it are reserved
     * @param refs         where every reference is recorded
     * @param dimension    {@link References#GUEST} or {@link References#HOST}, for the record
     */
    public NativeTranslator(Memory memory, int physAddrBits, References refs, int dimension) {
        this.memory = memory;
        this.refs = refs;
        this.dimensionBits = References.dimensionBits(dimension);
        for (int level = 1; level <= Paging.LEVELS; level++) {
            reservedMasks[level] = Pte.reservedMask(physAddrBits, level, false);
            if (level == 2 || level == 3) largeLeafMasks[level] = Pte.reservedMask(physAddrBits, level, true);
        }
    }

    /** Routes table addresses through another translation (the nested dimension); null for none. */
    public void tableAccess(TableAccess access) { this.tableAccess = access; }

    /** Caches upper-level entries of this walk; null for none. */
    public void walkCache(PageWalkCache cache) { this.pwc = cache; }

    /**
     * Walks the table at {@code root} for {@code va}. {@code vmid} and {@code asid} tag the
     * page-walk cache. Returns true when the access is allowed; then {@link #pa()} and friends hold
     * the translation. Returns false on a fault: {@link #errorCode()} for a fault of this walk, or
     * {@link #tableAccessFaulted()} when the table access (nested dimension) faulted.
     */
    public boolean walk(long root, long va, AccessType type, boolean user, int vmid, int asid) {
        tableAccessFaulted = false;
        int level = Paging.LEVELS;
        long table = root;
        int p = PermissionBits.ALL;
        if (pwc != null) {
            int hit = pwc.lookupDeepest(vmid, asid, va);
            if (hit >= 0) {
                level = pwc.level(hit) - 1;
                table = pwc.nextTable(hit);
                p = pwc.perms(hit);
            }
        }
        startLevel = level;
        for (;; level--) {
            long entryAddress = table + ((va >>> Paging.shift(level)) & (Paging.ENTRIES_PER_TABLE - 1)) * Paging.ENTRY_BYTES;
            long entryHost = entryAddress;
            if (tableAccess != null) {
                entryHost = tableAccess.toHost(entryAddress, false);
                if (entryHost < 0) return tableFault(level);
            }
            long pte = memory.read(entryHost);
            refs.read(dimensionBits, level, entryHost, pte);
            if ((pte & Pte.P_BIT) == 0) return fault(level, 0, type, user);
            boolean leaf = level == 1 || (level != Paging.LEVELS && (pte & Pte.PS_BIT) != 0);
            long reserved = leaf && level != 1 ? largeLeafMasks[level] : reservedMasks[level];
            if ((pte & reserved) != 0) return fault(level, PfErrorCode.P | PfErrorCode.RSVD, type, user);
            if ((pte & Pte.RW_BIT) == 0) p &= ~PermissionBits.W;
            if ((pte & Pte.US_BIT) == 0) p &= ~PermissionBits.U;
            if ((pte & Pte.NX_BIT) != 0) p &= ~PermissionBits.X;
            if (!leaf) {
                if ((pte & Pte.A_BIT) == 0 && !setBits(entryAddress, entryHost, pte, Pte.A_BIT, level)) {
                    return tableFault(level);
                }
                table = pte & Pte.ADDR_MASK;
                if (pwc != null) pwc.fill(vmid, asid, level, va, table, p);
                continue;
            }
            if (!PermissionBits.allows(p, type, user)) return fault(level, PfErrorCode.P, type, user);
            long need = type == AccessType.WRITE ? Pte.A_BIT | Pte.D_BIT : Pte.A_BIT;
            if ((pte & need) != need) {
                if (!setBits(entryAddress, entryHost, pte, need, level)) return tableFault(level);
                pte |= need;
            }
            pageShift = Paging.shift(level);
            long offsetMask = (1L << pageShift) - 1;
            pa = (pte & Pte.ADDR_MASK & ~offsetMask) | (va & offsetMask);
            perms = p;
            dirty = (pte & Pte.D_BIT) != 0;
            global = (pte & Pte.G_BIT) != 0;
            faultLevel = 0;
            errorCode = 0;
            return true;
        }
    }

    private boolean setBits(long entryAddress, long entryHost, long pte, long bits, int level) {
        long target = entryHost;
        if (tableAccess != null) {
            target = tableAccess.toHost(entryAddress, true);
            if (target < 0) return false;
        }
        long value = pte | bits;
        memory.write(target, value);
        refs.write(dimensionBits, level, target, value);
        return true;
    }

    private boolean fault(int level, int bits, AccessType type, boolean user) {
        errorCode = bits | PfErrorCode.ofAccess(type, user);
        faultLevel = level;
        return false;
    }

    private boolean tableFault(int level) {
        tableAccessFaulted = true;
        faultLevel = level;
        errorCode = 0;
        return false;
    }

    /** The translated address (after a successful walk). */
    public long pa() { return pa; }

    /** log2 of the page size of the leaf: 12, 21 or 30. */
    public int pageShift() { return pageShift; }

    public PageSize pageSize() { return PageSize.ofLeafLevel((pageShift - Paging.PAGE_SHIFT) / Paging.INDEX_BITS + 1); }

    /** {@link PermissionBits} of the translation, all levels combined. */
    public int perms() { return perms; }

    /** D of the leaf after the walk (set by the walk itself on a write). */
    public boolean dirty() { return dirty; }

    /** G of the leaf. */
    public boolean global() { return global; }

    /** #PF error code of the last failed walk (0 when the table access faulted instead). */
    public int errorCode() { return errorCode; }

    /** Level at which the last walk faulted (0 after a success). */
    public int faultLevel() { return faultLevel; }

    /** Whether the last walk failed because translating a table address faulted (nested mode). */
    public boolean tableAccessFaulted() { return tableAccessFaulted; }

    /** The level the last walk started at: 4, or below a page-walk-cache hit. */
    public int startLevel() { return startLevel; }
}
