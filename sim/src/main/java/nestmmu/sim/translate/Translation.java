package nestmmu.sim.translate;

import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;

/**
 * An immutable copy of one translation's outcome.
 *
 * @param hpa          host-physical address (-1 on a fault)
 * @param pageSize     page size of the translation (the smaller of guest and host in nested mode); null on a fault
 * @param permissions  combined permissions; null on a fault
 * @param dirty        whether the translation is dirty (D set in its leaf, both leaves in nested mode)
 * @param fault        how it ended
 * @param errorCode    #PF error code (0 unless a page fault)
 * @param faultVa      the faulting virtual address of a #PF (0 otherwise)
 * @param exitInfo1    #NPF EXITINFO1 (0 unless a nested page fault)
 * @param exitInfo2    #NPF EXITINFO2: the faulting guest-physical address
 * @param source       what answered it
 * @param cycles       cycles by the timing model
 * @param reads        memory reads of its walk
 * @param writes       memory writes of its walk (A/D updates)
 */
public record Translation(long hpa, PageSize pageSize, Permissions permissions, boolean dirty, FaultKind fault,
                          int errorCode, long faultVa, long exitInfo1, long exitInfo2, TranslationSource source,
                          long cycles, int reads, int writes) {
    public boolean ok() { return fault == FaultKind.NONE; }
}
