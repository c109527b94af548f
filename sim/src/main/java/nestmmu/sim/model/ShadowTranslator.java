package nestmmu.sim.model;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.sim.mem.Memory;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.TranslationResult;

/**
 * A VM with shadow paging (VMID 1): the MMU walks the {@link Vmm}'s shadow table like a native one;
 * a #PF on it exits to the VMM, which either fixes the shadow (the access is retried) or injects
 * the guest's own #PF. Guest CR3 writes and INVLPG exit to the VMM too.
 */
public final class ShadowTranslator extends VirtualMachinePlatform {
    /** A fill, then a D-bit upgrade, then the translation: more hidden faults than this is a bug. */
    private static final int MAX_HIDDEN_FAULTS = 3;

    private final Vmm vmm;

    public ShadowTranslator(MmuModel mmu, Hypervisor hypervisor, Vmm vmm) {
        super(mmu, hypervisor);
        this.vmm = vmm;
    }

    @Override
    public Mode mode() { return Mode.SHADOW; }

    /** Guest writes to page-table pages the VMM protects exit. */
    @Override
    public Memory guestMemory() { return vmm.guestMemory(); }

    @Override
    public void switchAddressSpace(long cr3, int asid, boolean flush) {
        context = Context.shadow(VMID, asid, vmm.cr3Write(cr3, asid, flush));
    }

    @Override
    public TranslationResult access(long va, AccessType type, boolean user) {
        for (int hidden = 0; ; hidden++) {
            TranslationResult r = mmu.translate(context, va, type, user);
            if (r.ok()) return r;
            if (r.fault() != FaultKind.PAGE_FAULT) throw new IllegalStateException("shadow walk ended in " + r.fault());
            int inject = vmm.shadowFault(va, type, user);
            if (inject >= 0) {
                r.pageFault(inject, va);
                return r;
            }
            if (hidden == MAX_HIDDEN_FAULTS) {
                throw new IllegalStateException("the shadow of 0x" + Long.toHexString(va) + " still faults after "
                        + MAX_HIDDEN_FAULTS + " fills");
            }
        }
    }

    @Override
    public void invlpg(long va) { vmm.invlpg(va); }

    public Vmm vmm() { return vmm; }
}
