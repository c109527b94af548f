package nestmmu.sim.workload;

import java.util.SplittableRandom;
import java.util.function.Consumer;

import nestmmu.arch.AccessType;
import nestmmu.arch.Paging;
import nestmmu.arch.Permissions;

/**
 * One process, one data region mapped read-write at the start, then {@code accesses} user loads
 * and stores in it; a {@link Pattern} decides where each access lands. The kinds random,
 * sequential, strided and hotcold are this with different patterns.
 */
final class RegionAccesses implements EventGenerator {
    /** Where the next access lands, as a byte offset into the region. Stateful; one per stream. */
    interface Pattern {
        long nextOffset(SplittableRandom random, long regionBytes);
    }

    private final long regionBytes;
    private final long accesses;
    private final double writes;
    private final Pattern pattern;
    private final SplittableRandom random;
    private boolean mapped;
    private long done;

    RegionAccesses(SyntheticParams p, Pattern pattern) {
        this.regionBytes = p.count("pages") * Paging.PAGE_BYTES;
        this.accesses = p.count("accesses");
        this.writes = p.fraction("writes");
        this.pattern = pattern;
        this.random = new SplittableRandom(p.seed());
    }

    @Override
    public boolean step(Consumer<Event> out) {
        if (!mapped) {
            mapped = true;
            out.accept(new Event.Map(SyntheticLayout.DATA_BASE, regionBytes, Permissions.USER_RW));
            return true;
        }
        if (done == accesses) return false;
        done++;
        long va = SyntheticLayout.DATA_BASE + pattern.nextOffset(random, regionBytes);
        out.accept(new Event.Access(va, dataAccess(random, writes), true));
        return true;
    }

    /** A store with probability {@code writes}, else a load. */
    static AccessType dataAccess(SplittableRandom random, double writes) {
        return random.nextDouble() < writes ? AccessType.WRITE : AccessType.READ;
    }

    /** An 8-byte-aligned offset somewhere in 4K page {@code page}. */
    static long inPage(SplittableRandom random, long page) {
        return page * Paging.PAGE_BYTES + ((long) random.nextInt((int) (Paging.PAGE_BYTES / 8)) << 3);
    }

    /** Every page equally likely, anywhere in it. */
    static Pattern uniform() {
        return (random, bytes) -> inPage(random, random.nextLong(bytes / Paging.PAGE_BYTES));
    }

    /** From offset 0 onwards by {@code stride} bytes, wrapping around at the region's end. */
    static Pattern stepping(long stride) {
        return new Pattern() {
            private long next;

            @Override
            public long nextOffset(SplittableRandom random, long bytes) {
                long offset = next;
                next = (next + stride) % bytes;
                return offset;
            }
        };
    }

    /**
     * {@code max(1, round(pages × hot))} hot pages, evenly spread over the region; an access goes
     * to a random hot page with probability {@code hotAccesses}, else to any page.
     */
    static Pattern hotCold(long pages, double hot, double hotAccesses) {
        long hotPages = Math.max(1, Math.round(pages * hot));
        long spacing = pages / hotPages;
        return (random, bytes) -> {
            boolean toHot = random.nextDouble() < hotAccesses;
            long page = toHot ? random.nextLong(hotPages) * spacing : random.nextLong(pages);
            return inPage(random, page);
        };
    }
}
