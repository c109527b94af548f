package nestmmu.sim.model;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PfErrorCode;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.TranslationResult;

/**
 * A VM with nested paging (VMID 1): the guest's CR3 writes and INVLPGs go straight to the MMU,
 * with no exit. Guest RAM is backed ahead of use, so a #NPF here is a bug of the model, not a result.
 */
public final class NestedPlatform extends VirtualMachinePlatform {

    public NestedPlatform(MmuModel mmu, Hypervisor hypervisor) {
        super(mmu, hypervisor);
        if (hypervisor.nestedTable() == null) throw new IllegalArgumentException("the hypervisor keeps no nested table");
    }

    @Override
    public Mode mode() { return Mode.NESTED; }

    @Override
    public void switchAddressSpace(long cr3, int asid, boolean flush) {
        context = Context.nested(VMID, asid, cr3, hypervisor.ncr3());
        if (flush) mmu.flushAsid(VMID, asid);
    }

    @Override
    public TranslationResult access(long va, AccessType type, boolean user) {
        TranslationResult r = mmu.translate(context, va, type, user);
        if (r.fault() == FaultKind.NESTED_PAGE_FAULT) {
            throw new IllegalStateException("unexpected #NPF at guest-physical 0x" + Long.toHexString(r.exitInfo2())
                    + " (EXITINFO1 0x" + Long.toHexString(r.exitInfo1()) + ", " + PfErrorCode.describe(r.exitInfo1())
                    + "): guest RAM is backed before use");
        }
        return r;
    }

    @Override
    public void invlpg(long va) { mmu.flushAddress(VMID, context.asid(), va); }
}
