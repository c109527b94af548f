package nestmmu.sim.translate;

/** How a translation ended. */
public enum FaultKind {
    /** Translated. */
    NONE("none"),
    /** A page fault (#PF) in the virtual-address dimension: native, shadow, or the guest walk of nested mode. */
    PAGE_FAULT("pageFault"),
    /** A nested page fault (#NPF, a VM exit) in the nested dimension. */
    NESTED_PAGE_FAULT("nestedPageFault");

    private final String label;

    FaultKind(String label) { this.label = label; }

    /** The JSON spelling. */
    public String label() { return label; }
}
