package nestmmu.mmu.tlb;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.uint;

import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings;
import nestmmu.mmu.cache.FlushCommand;

/**
 * The ports every TLB level has, whichever way it is built ({@link TlbArray} in registers,
 * {@link SetAssocTlb} in memories), and what the MMU sees of it:
 * {@code key_*_i} (VMID, ASID, VA bits 47:12) with the access ({@code access_i}, {@code user_i});
 * {@code hit_o}, and {@code serves_o} when the first hit allows the access without a walk
 * (permissions, and D for a write); the first hit's {@code entry_*_o} and {@code frame_o} (the 4K
 * frame it maps the key's page to); {@code touch_i} (the hit becomes most recently used);
 * {@code fill_*_i} (the key's translation is stored, by the fill rule); {@code flush_*_i}.
 */
public abstract class TlbLevel extends Module {
    public final TlbKey key;
    public final UInt access;
    public final Bool user;
    public final Bool hit;
    public final Bool serves;
    public final TlbEntry entry;
    public final UInt frame;
    public final Bool touch;
    public final TlbFill fill;
    public final FlushCommand flush;

    protected TlbLevel(String name, MmuConfig c) {
        super(name);
        key = input("key", TlbKey.type(c));
        access = input("access", uint(Encodings.ACCESS_BITS));
        user = input("user", bool());
        hit = output("hit", bool());
        serves = output("serves", bool());
        entry = output("entry", TlbEntry.type(c));
        frame = output("frame", uint(TlbEntry.ppnBits(c)));
        touch = input("touch", bool());
        fill = input("fill", TlbFill.type(c));
        flush = input("flush", FlushCommand.type(c));
    }

    /** Entries hold 4K splinters (set associative). */
    public abstract boolean splinters();

    /** The read strobe of a memory array, one cycle before the hit is valid; null for a register array. */
    public Bool read() {
        return null;
    }

    /** High while a memory array sweeps (after reset, after a flush); null for a register array. */
    public Bool busy() {
        return null;
    }

    /** The slot or way outputs and the hit entry's tag and frame field are for tests and proofs; the MMU does not read them. */
    public void outputsForTestsUnused() {
        entry.vmid.unused();
        entry.asid.unused();
        entry.vpn.unused();
        entry.ppn.unused();
        slotOutputsUnused();
    }

    protected abstract void slotOutputsUnused();
}
