package nestmmu.hdl;

/**
 * One ground signal inside a value: its path below the value ({@code ""} for a ground value,
 * {@code bits_vpn} for a field of a field), whether it runs against the value's direction (an odd
 * number of {@link Fields#flipped} on the way), and the signal itself.
 */
public record Leaf(String path, boolean flipped, UInt value) {}
