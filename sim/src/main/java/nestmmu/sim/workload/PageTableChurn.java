package nestmmu.sim.workload;

import java.util.SplittableRandom;
import java.util.function.Consumer;

import nestmmu.arch.AccessType;
import nestmmu.arch.Paging;
import nestmmu.arch.Permissions;

/**
 * The {@code ptupdate} kind: a process that keeps changing its address space, as allocators
 * (mmap/munmap), copy-on-write after fork (mprotect to read-only and back) and exec (tear
 * everything down, map afresh) do. Before each access, with probability {@code churn}, one such
 * operation happens; accesses go to a random page of a random live region, stores only where the
 * region is writable, so no access breaks a permission. Regions of {@code pages} 4K pages live in
 * 1 GiB slots of their own ({@link SyntheticLayout}), so each new one also needs new tables.
 */
final class PageTableChurn implements EventGenerator {
    private static final double MAP = 0.36, UNMAP = 0.32, PROTECT = 0.30; // exec takes the rest

    private final long regionBytes;
    private final long accesses;
    private final double writes;
    private final double churn;
    private final SplittableRandom random;
    /** Slots of the live regions in [0, live) and whether each is writable now. */
    private final int[] liveSlots;
    private final boolean[] writable;
    private final boolean[] slotTaken = new boolean[SyntheticLayout.MMAP_SLOTS];
    private int live;
    private int nextSlot;
    private boolean started;
    private long done;

    PageTableChurn(SyntheticParams p) {
        this.regionBytes = p.count("pages") * Paging.PAGE_BYTES;
        this.accesses = p.count("accesses");
        this.writes = p.fraction("writes");
        this.churn = p.fraction("churn");
        this.random = new SplittableRandom(p.seed());
        int maxRegions = (int) p.count("regions");
        this.liveSlots = new int[maxRegions];
        this.writable = new boolean[maxRegions];
    }

    @Override
    public boolean step(Consumer<Event> out) {
        if (!started) {
            started = true;
            int initial = Math.max(1, liveSlots.length / 2);
            for (int i = 0; i < initial; i++) map(out);
            return true;
        }
        if (done == accesses) return false;
        if (random.nextDouble() < churn) operate(out);
        done++;
        int region = random.nextInt(live);
        long va = SyntheticLayout.mmapSlot(liveSlots[region]) + RegionAccesses.inPage(random, random.nextLong(regionBytes / Paging.PAGE_BYTES));
        AccessType type = RegionAccesses.dataAccess(random, writes);
        out.accept(new Event.Access(va, writable[region] ? type : AccessType.READ, true));
        return true;
    }

    /** One mmap, munmap, mprotect or exec; never leaves the process without a region. */
    private void operate(Consumer<Event> out) {
        double r = random.nextDouble();
        if (r < MAP) {
            if (live < liveSlots.length) map(out);
            else unmap(out, random.nextInt(live));
        } else if (r < MAP + UNMAP) {
            if (live > 1) unmap(out, random.nextInt(live));
            else map(out);
        } else if (r < MAP + UNMAP + PROTECT) {
            protect(out, random.nextInt(live));
        } else {
            exec(out);
        }
    }

    private void map(Consumer<Event> out) {
        int slot = freeSlot();
        slotTaken[slot] = true;
        liveSlots[live] = slot;
        writable[live] = true;
        live++;
        out.accept(new Event.Map(SyntheticLayout.mmapSlot(slot), regionBytes, Permissions.USER_RW));
    }

    /** Removes live region {@code i}; the last live region takes its place. */
    private void unmap(Consumer<Event> out, int i) {
        int slot = liveSlots[i];
        slotTaken[slot] = false;
        live--;
        liveSlots[i] = liveSlots[live];
        writable[i] = writable[live];
        out.accept(new Event.Unmap(SyntheticLayout.mmapSlot(slot), regionBytes));
    }

    /** Copy-on-write in miniature: a writable region becomes read-only, a read-only one writable again. */
    private void protect(Consumer<Event> out, int i) {
        writable[i] = !writable[i];
        out.accept(new Event.Protect(SyntheticLayout.mmapSlot(liveSlots[i]), regionBytes,
                writable[i] ? Permissions.USER_RW : Permissions.USER_RO));
    }

    /** exec: every region goes, and the new program starts with half the maximum, as at the start. */
    private void exec(Consumer<Event> out) {
        while (live > 0) unmap(out, live - 1);
        for (int i = 0, n = Math.max(1, liveSlots.length / 2); i < n; i++) map(out);
    }

    /** The next free slot after the last one handed out, so a freed slot is reused late, as mmap does. */
    private int freeSlot() {
        while (slotTaken[nextSlot]) nextSlot = (nextSlot + 1) % slotTaken.length;
        int slot = nextSlot;
        nextSlot = (nextSlot + 1) % slotTaken.length;
        return slot;
    }
}
