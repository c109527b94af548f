package nestmmu.sim.model;

import java.util.Map;
import java.util.TreeMap;

import nestmmu.arch.Permissions;

/**
 * The guest OS's record of what each process mapped (its VMAs), by page number: disjoint ranges
 * of pages, each with permissions. Setting a range overwrites what it overlaps.
 */
final class RegionMap {
    private record Range(long end, Permissions perms) {}

    private final TreeMap<Long, Range> ranges = new TreeMap<>();

    /** Pages {@code [start, end)} get {@code perms}. */
    void set(long start, long end, Permissions perms) {
        remove(start, end);
        ranges.put(start, new Range(end, perms));
    }

    /** Forgets pages {@code [start, end)}. */
    void remove(long start, long end) {
        Map.Entry<Long, Range> before = ranges.lowerEntry(start);
        if (before != null && before.getValue().end() > start) {
            Range r = before.getValue();
            ranges.put(before.getKey(), new Range(start, r.perms()));
            if (r.end() > end) ranges.put(end, new Range(r.end(), r.perms()));
        }
        Map.Entry<Long, Range> e;
        while ((e = ranges.ceilingEntry(start)) != null && e.getKey() < end) {
            ranges.remove(e.getKey());
            if (e.getValue().end() > end) ranges.put(end, new Range(e.getValue().end(), e.getValue().perms()));
        }
    }

    /** Permissions of {@code page}, or null when no region holds it. */
    Permissions permsAt(long page) {
        Map.Entry<Long, Range> e = ranges.floorEntry(page);
        return e != null && e.getValue().end() > page ? e.getValue().perms() : null;
    }

    boolean isEmpty() { return ranges.isEmpty(); }
}
