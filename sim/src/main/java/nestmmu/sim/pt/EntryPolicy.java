package nestmmu.sim.pt;

/**
 * Which status bits a {@link PageTable} presets in the entries it writes. Operating systems and
 * hypervisors preset A (Linux's {@code _PAGE_TABLE} and user protections include it; KVM sets it
 * in the sptes it creates), so hardware rarely has to write an entry back; a table built with
 * {@link #CLEAR} leaves A and D to the hardware, which is how the A/D update paths are tested.
 *
 * @param accessed set A in every entry written (tables and leaves)
 * @param dirty    set D in writable leaves
 */
public record EntryPolicy(boolean accessed, boolean dirty) {
    /** Guest OS tables: A preset, D left to the hardware (so writes and the shadow VMM's D emulation show). */
    public static final EntryPolicy GUEST_OS = new EntryPolicy(true, false);
    /** Hypervisor tables (nested and shadow): A and D preset, as KVM does for writable memory. */
    public static final EntryPolicy HYPERVISOR = new EntryPolicy(true, true);
    /** Nothing preset: every A and D bit is the hardware's to set. */
    public static final EntryPolicy CLEAR = new EntryPolicy(false, false);
}
