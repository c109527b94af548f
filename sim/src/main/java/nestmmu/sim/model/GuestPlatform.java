package nestmmu.sim.model;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.sim.mem.Memory;
import nestmmu.sim.translate.TranslationResult;

/**
 * What a guest OS runs on, seen from the guest: its physical memory, CR3, INVLPG, and memory
 * accesses whose outcome is either a host-physical address or the guest's own #PF. Bare metal
 * ({@link NativePlatform}), a VM with nested paging ({@link NestedPlatform}) and a VM with shadow
 * paging ({@link ShadowTranslator}) differ only behind this interface.
 */
public interface GuestPlatform {
    Mode mode();

    /** Guest-physical memory as the guest OS writes its page tables (in shadow mode, writes to protected table pages exit). */
    Memory guestMemory();

    /** Top of the guest-physical range guest pages may use. */
    long guestDataLimit();

    /** The guest's RAM use grew to {@code [start, end)}: a hypervisor backs it before the guest touches it. */
    void ramGrew(long start, long end);

    /** MOV CR3: run the address space at guest-physical {@code cr3} with {@code asid}; {@code flush} drops the ASID's cached translations. */
    void switchAddressSpace(long cr3, int asid, boolean flush);

    /**
     * One access by the current address space. The result is ok, or a guest-visible #PF (never a
     * #NPF or a hidden fault: those are the platform's business). Reused by the next call.
     */
    TranslationResult access(long va, AccessType type, boolean user);

    /** INVLPG {@code va} in the current address space. */
    void invlpg(long va);

    /** The MMU context of the current address space (what the hardware translates with). */
    Context context();

    /** The MMU underneath, for its counters. */
    MmuModel mmu();
}
