package nestmmu.arch;

import java.util.Locale;

/** How a virtual address becomes a host-physical one. */
public enum Mode {
    /** No virtualization: one walk of the table at CR3. */
    NATIVE,
    /** The VMM's shadow table (guest virtual to host physical) walked like a native one. */
    SHADOW,
    /** Hardware walks the guest table and, for every guest-physical address, the nested table. */
    NESTED;

    /** "native", "shadow" or "nested". */
    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Mode parseOrNull(String text) {
        for (Mode m : values()) {
            if (m.label().equalsIgnoreCase(text.trim())) return m;
        }
        return null;
    }

    @Override
    public String toString() { return label(); }
}
