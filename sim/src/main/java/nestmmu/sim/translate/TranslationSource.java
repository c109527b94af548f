package nestmmu.sim.translate;

/** What answered a translation. */
public enum TranslationSource {
    L1_TLB("l1Tlb"), L2_TLB("l2Tlb"), WALK("walk");

    private final String label;

    TranslationSource(String label) { this.label = label; }

    public String label() { return label; }
}
