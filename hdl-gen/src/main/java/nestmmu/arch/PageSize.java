package nestmmu.arch;

import java.util.Locale;

/** The three x86-64 page sizes and the table level whose entry maps each (PT=1, PD=2, PDPT=3). */
public enum PageSize {
    SIZE_4K("4K", 12, 1),
    SIZE_2M("2M", 21, 2),
    SIZE_1G("1G", 30, 3);

    private final String label;
    private final int shift;
    private final int leafLevel;

    PageSize(String label, int shift, int leafLevel) {
        this.label = label;
        this.shift = shift;
        this.leafLevel = leafLevel;
    }

    /** "4K", "2M" or "1G": the spelling used on the command line and in JSON. */
    public String label() { return label; }

    /** log2 of the size in bytes. */
    public int shift() { return shift; }

    public long bytes() { return 1L << shift; }

    /** Mask of the offset bits inside a page of this size. */
    public long offsetMask() { return bytes() - 1; }

    /** The level whose entry maps a page of this size: 1 for 4K (PTE), 2 for 2M (PDE), 3 for 1G (PDPTE). */
    public int leafLevel() { return leafLevel; }

    /** The page size mapped by a leaf at {@code level}. */
    public static PageSize ofLeafLevel(int level) {
        for (PageSize s : values()) {
            if (s.leafLevel == level) return s;
        }
        throw new IllegalArgumentException("no page is mapped at level " + level);
    }

    /** The smaller of two page sizes: a nested translation is splintered to it. */
    public static PageSize min(PageSize a, PageSize b) {
        return a.shift <= b.shift ? a : b;
    }

    /** Parses "4K", "2M" or "1G" (case-insensitive); {@code null} when it is none of them. */
    public static PageSize parseOrNull(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (PageSize s : values()) {
            if (s.label.equals(t)) return s;
        }
        return null;
    }

    @Override
    public String toString() { return label; }
}
