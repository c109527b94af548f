package nestmmu.config;

/**
 * Size and associativity of a TLB or walk cache. {@code ways == entries} is fully associative;
 * {@code entries == 0} means the cache is absent.
 */
public record CacheGeometry(int entries, int ways) {
    public static final CacheGeometry NONE = new CacheGeometry(0, 0);

    public static CacheGeometry fullyAssociative(int entries) {
        return new CacheGeometry(entries, entries);
    }

    public boolean enabled() { return entries > 0; }

    public boolean fullyAssociative() { return enabled() && ways == entries; }

    public int sets() { return enabled() ? entries / ways : 0; }

    @Override
    public String toString() {
        if (!enabled()) return "none";
        return entries + (fullyAssociative() ? " entries, fully associative" : " entries, " + ways + "-way");
    }
}
