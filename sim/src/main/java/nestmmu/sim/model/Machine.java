package nestmmu.sim.model;

import nestmmu.config.MmuConfig;
import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.sim.timing.TimingModel;

/**
 * One simulated computer, ready to run a workload: host memory, the MMU, the platform of the mode
 * (bare metal, nested paging, or shadow paging with its VMM) and the guest OS on top.
 */
public final class Machine {
    private final MmuModel mmu;
    private final GuestPlatform platform;
    private final Hypervisor hypervisor;
    private final Vmm vmm;
    private final GuestOs os;

    private Machine(MmuModel mmu, GuestPlatform platform, Hypervisor hypervisor, Vmm vmm, RunOptions options) {
        this.mmu = mmu;
        this.platform = platform;
        this.hypervisor = hypervisor;
        this.vmm = vmm;
        this.os = new GuestOs(platform, options.guestPage());
    }

    public static Machine create(MmuConfig config, RunOptions options) {
        PhysicalMemory memory = new PhysicalMemory(config.physAddrBits());
        MmuModel mmu = new MmuModel(config, memory, new TimingModel(options.memLatency()));
        MemoryLayout layout = new MemoryLayout(config.physAddrBits());
        switch (options.mode()) {
            case NATIVE:
                return new Machine(mmu, new NativePlatform(mmu), null, null, options);
            case NESTED: {
                Hypervisor hv = new Hypervisor(memory, layout, options.hostPage(), true);
                return new Machine(mmu, new NestedPlatform(mmu, hv), hv, null, options);
            }
            case SHADOW: {
                Hypervisor hv = new Hypervisor(memory, layout, options.hostPage(), false);
                Vmm vmm = new Vmm(mmu, hv, options.exitCosts(), ShadowTranslator.VMID);
                return new Machine(mmu, new ShadowTranslator(mmu, hv, vmm), hv, vmm, options);
            }
            default:
                throw new IllegalArgumentException("mode " + options.mode());
        }
    }

    public MmuModel mmu() { return mmu; }

    public GuestPlatform platform() { return platform; }

    public GuestOs os() { return os; }

    /** Null in native mode. */
    public Hypervisor hypervisor() { return hypervisor; }

    /** Null unless shadow mode. */
    public Vmm vmm() { return vmm; }

    /** Host-physical address of guest-physical {@code gpa} (identity on bare metal). */
    public long hostAddress(long gpa) { return hypervisor == null ? gpa : hypervisor.hostAddress(gpa); }
}
