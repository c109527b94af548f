package nestmmu.sim.workload;

import nestmmu.arch.AccessType;
import nestmmu.arch.Permissions;

/**
 * One step of a workload, in the guest's own terms: what its programs and its OS do. The
 * simulator turns these into guest page-table updates and translations; how those cost depends
 * on the mode (native, shadow, nested) and the page sizes of the run, never on the workload.
 *
 * <p>Regions are byte ranges; the guest OS maps whole guest pages of the run's page size that
 * overlap them. An access to an unmapped page is a guest page fault that the guest OS answers by
 * mapping the page (demand paging), so a trace of bare accesses (valgrind lackey) works as is.
 */
public sealed interface Event {

    /** A load, store or instruction fetch by the current process. */
    record Access(long va, AccessType type, boolean user) implements Event {}

    /** mmap: the current process gets {@code [va, va+length)} with {@code perms}. */
    record Map(long va, long length, Permissions perms) implements Event {}

    /** munmap of {@code [va, va+length)} in the current process. */
    record Unmap(long va, long length) implements Event {}

    /** mprotect of {@code [va, va+length)} in the current process. */
    record Protect(long va, long length, Permissions perms) implements Event {}

    /**
     * The guest OS switches to process {@code pid} (a CR3 write); a new pid creates an empty
     * address space. Process ids are small non-negative numbers and double as ASIDs.
     */
    record SwitchProcess(int pid) implements Event {}
}
