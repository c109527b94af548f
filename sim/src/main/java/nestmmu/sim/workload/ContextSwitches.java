package nestmmu.sim.workload;

import java.util.SplittableRandom;
import java.util.function.Consumer;

import nestmmu.arch.AccessType;
import nestmmu.arch.Paging;
import nestmmu.arch.Permissions;

/**
 * The {@code ctxswitch} kind: {@code processes} address spaces with the same layout (a text
 * region of {@link #TEXT_PAGES} read-execute pages and a data region of {@code pages}
 * read-write pages at the same addresses in each, as forked processes have), set up one after
 * the other; then the scheduler runs a random other process every {@code quantum} accesses.
 * Within a quantum, accesses are instruction fetches from the text with probability
 * {@code fetches}, else loads and stores at random data pages. Equal addresses in different
 * processes make the TLB's ASID tags matter.
 */
final class ContextSwitches implements EventGenerator {
    static final long TEXT_PAGES = 16;
    private static final Permissions TEXT = new Permissions(false, true, true);

    private final int processes;
    private final long dataPages;
    private final long accesses;
    private final long quantum;
    private final double writes;
    private final double fetches;
    private final SplittableRandom random;
    private int setUp;
    private int current;
    private long done;

    ContextSwitches(SyntheticParams p) {
        this.processes = (int) p.count("processes");
        this.dataPages = p.count("pages");
        this.accesses = p.count("accesses");
        this.quantum = p.count("quantum");
        this.writes = p.fraction("writes");
        this.fetches = p.fraction("fetches");
        this.random = new SplittableRandom(p.seed());
    }

    @Override
    public boolean step(Consumer<Event> out) {
        if (setUp < processes) {
            current = setUp++;
            out.accept(new Event.SwitchProcess(current));
            out.accept(new Event.Map(SyntheticLayout.TEXT_BASE, TEXT_PAGES * Paging.PAGE_BYTES, TEXT));
            out.accept(new Event.Map(SyntheticLayout.DATA_BASE, dataPages * Paging.PAGE_BYTES, Permissions.USER_RW));
            return true;
        }
        if (done == accesses) return false;
        if (done > 0 && done % quantum == 0 && processes > 1) {
            current = (current + 1 + random.nextInt(processes - 1)) % processes;
            out.accept(new Event.SwitchProcess(current));
        }
        done++;
        if (random.nextDouble() < fetches) {
            long va = SyntheticLayout.TEXT_BASE + RegionAccesses.inPage(random, random.nextLong(TEXT_PAGES));
            out.accept(new Event.Access(va, AccessType.EXECUTE, true));
        } else {
            long va = SyntheticLayout.DATA_BASE + RegionAccesses.inPage(random, random.nextLong(dataPages));
            out.accept(new Event.Access(va, RegionAccesses.dataAccess(random, writes), true));
        }
        return true;
    }
}
