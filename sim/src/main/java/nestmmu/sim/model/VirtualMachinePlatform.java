package nestmmu.sim.model;

import nestmmu.sim.mem.Memory;

/** What the two VM platforms share: VMID 1, a hypervisor that backs guest RAM, the current context. */
abstract class VirtualMachinePlatform implements GuestPlatform {
    public static final int VMID = 1;

    final MmuModel mmu;
    final Hypervisor hypervisor;
    Context context;

    VirtualMachinePlatform(MmuModel mmu, Hypervisor hypervisor) {
        this.mmu = mmu;
        this.hypervisor = hypervisor;
    }

    @Override
    public Memory guestMemory() { return hypervisor.guestMemory(); }

    @Override
    public long guestDataLimit() { return new MemoryLayout(mmu.config().physAddrBits()).guestDataLimit(true); }

    @Override
    public void ramGrew(long start, long end) { hypervisor.back(start, end); }

    @Override
    public MmuModel mmu() { return mmu; }

    @Override
    public Context context() { return context; }

    public Hypervisor hypervisor() { return hypervisor; }
}
