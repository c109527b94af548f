package nestmmu.sim.model;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.sim.mem.Memory;
import nestmmu.sim.translate.TranslationResult;

/** Bare metal: the OS's physical memory is host memory, its tables are walked directly (VMID 0). */
public final class NativePlatform implements GuestPlatform {
    public static final int VMID = 0;

    private final MmuModel mmu;
    private final MemoryLayout layout;
    private Context context;

    public NativePlatform(MmuModel mmu) {
        this.mmu = mmu;
        this.layout = new MemoryLayout(mmu.config().physAddrBits());
    }

    @Override
    public Mode mode() { return Mode.NATIVE; }

    @Override
    public Memory guestMemory() { return mmu.memory(); }

    @Override
    public long guestDataLimit() { return layout.guestDataLimit(false); }

    @Override
    public void ramGrew(long start, long end) { }

    @Override
    public void switchAddressSpace(long cr3, int asid, boolean flush) {
        context = Context.nativeMode(VMID, asid, cr3);
        if (flush) mmu.flushAsid(VMID, asid);
    }

    @Override
    public TranslationResult access(long va, AccessType type, boolean user) {
        return mmu.translate(context, va, type, user);
    }

    @Override
    public void invlpg(long va) { mmu.flushAddress(VMID, context.asid(), va); }

    @Override
    public MmuModel mmu() { return mmu; }

    @Override
    public Context context() { return context; }
}
