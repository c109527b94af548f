package nestmmu.sim.workload;

import java.util.Objects;

import nestmmu.arch.AccessType;
import nestmmu.arch.Paging;
import nestmmu.arch.Permissions;

/**
 * One step of a workload, in the guest's own terms: what its programs and its OS do. The
 * simulator turns these into guest page-table updates and translations; how those cost depends
 * on the mode (native, shadow, nested) and the page sizes of the run, never on the workload.
 *
 * <p>Every stream starts in process 0, whose address space starts empty.
 *
 * <p>Regions are byte ranges; the guest OS maps whole guest pages of the run's page size that
 * overlap them. An access to an unmapped page is a guest page fault that the guest OS answers by
 * mapping the page (demand paging), so a trace of bare accesses (valgrind lackey) works as is.
 *
 * <p>Addresses are canonical 48-bit virtual addresses (bits 63:48 copy bit 47), so kernel-half
 * addresses are negative longs; a region lies inside one half. The records check this, so a
 * consumer never sees a malformed event; parsers check first and name the line.
 */
public sealed interface Event {

    /** The highest process id: ids double as ASIDs, and no config has more than 16 ASID bits. */
    int MAX_PID = 0xffff;

    /** A load, store or instruction fetch by the current process. */
    record Access(long va, AccessType type, boolean user) implements Event {
        public Access {
            Objects.requireNonNull(type, "type");
            if (!isCanonical(va)) throw new IllegalArgumentException("non-canonical address 0x" + Long.toHexString(va));
        }
    }

    /** mmap: the current process gets {@code [va, va+length)} with {@code perms}. */
    record Map(long va, long length, Permissions perms) implements Event {
        public Map {
            Objects.requireNonNull(perms, "perms");
            requireRegion(va, length);
        }
    }

    /** munmap of {@code [va, va+length)} in the current process. */
    record Unmap(long va, long length) implements Event {
        public Unmap {
            requireRegion(va, length);
        }
    }

    /** mprotect of {@code [va, va+length)} in the current process. */
    record Protect(long va, long length, Permissions perms) implements Event {
        public Protect {
            Objects.requireNonNull(perms, "perms");
            requireRegion(va, length);
        }
    }

    /**
     * The guest OS switches to process {@code pid} (a CR3 write); a new pid creates an empty
     * address space. Process ids are 0..{@link #MAX_PID} and double as ASIDs.
     */
    record SwitchProcess(int pid) implements Event {
        public SwitchProcess {
            if (pid < 0 || pid > MAX_PID) throw new IllegalArgumentException("pid " + pid + " is not in 0.." + MAX_PID);
        }
    }

    /** Whether bits 63:48 of {@code va} all equal bit 47. */
    static boolean isCanonical(long va) {
        return (va << (64 - Paging.VA_BITS)) >> (64 - Paging.VA_BITS) == va;
    }

    /** Why {@code [va, va+length)} is not a region, or {@code null} when it is one. */
    static String regionProblem(long va, long length) {
        if (length <= 0) return "length must be positive, not " + length;
        if (!isCanonical(va)) return "non-canonical address 0x" + Long.toHexString(va);
        long last = va + (length - 1);
        if (!isCanonical(last) || (last < 0) != (va < 0)) {
            return "region 0x" + Long.toHexString(va) + "+0x" + Long.toHexString(length)
                    + " leaves the canonical half it starts in";
        }
        return null;
    }

    private static void requireRegion(long va, long length) {
        String problem = regionProblem(va, length);
        if (problem != null) throw new IllegalArgumentException(problem);
    }
}
