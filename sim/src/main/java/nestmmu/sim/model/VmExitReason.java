package nestmmu.sim.model;

/**
 * Why the shadow-paging VMM ran. The names are stable: they are the keys of {@code vmExits} in
 * {@code ./mmu simulate --json} and of {@code --exit-cost}.
 */
public enum VmExitReason {
    /** A #PF on the shadow table that the guest table does not explain: the VMM walks the guest table and fills the shadow. */
    HIDDEN_FAULT("hiddenFault"),
    /** A #PF on the shadow table that the guest table does explain: the VMM injects the guest's own #PF. */
    PF_INJECT("pfInject"),
    /** A guest write to one of its page-table pages that the VMM write-protects: emulated, shadow updated. */
    PT_WRITE("ptWrite"),
    /** A guest CR3 write: the VMM switches to (or creates, or for a flushing write empties) that process's shadow table. */
    CR3_WRITE("cr3Write"),
    /** A guest INVLPG: the VMM drops the shadow entry and the TLB entries of the page. */
    INVLPG("invlpg"),
    /** A write to a page mapped read-only in the shadow because the guest D bit was clear: the VMM sets guest D and allows writes. */
    DIRTY_BIT("dirtyBit");

    private final String label;

    VmExitReason(String label) { this.label = label; }

    public String label() { return label; }

    public static VmExitReason parseOrNull(String label) {
        for (VmExitReason r : values()) if (r.label.equals(label)) return r;
        return null;
    }
}
