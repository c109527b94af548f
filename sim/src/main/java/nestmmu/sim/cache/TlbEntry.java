package nestmmu.sim.cache;

/**
 * A copy of one TLB entry. {@code vpn} is VA bits 47..{@code tagShift}; {@code frame} the
 * physical base at that granularity; {@code pageShift} the size of the page it came from.
 */
public record TlbEntry(boolean valid, int vmid, int asid, boolean global, long vpn, int tagShift, int pageShift,
                       long frame, int perms, boolean dirty) {}
