package nestmmu.sim.workload;

import static nestmmu.sim.workload.SyntheticParam.count;
import static nestmmu.sim.workload.SyntheticParam.fraction;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The synthetic workload kinds, each with its keys and defaults. The defaults are chosen so the
 * kinds differ in character against a TLB of tens of entries: {@code random} misses nearly
 * always on stable tables, {@code sequential} hits 63 times in 64, {@code strided} touches a new
 * page on every access in a fixed order, {@code hotcold} mostly reuses a small set,
 * {@code ptupdate} keeps changing the tables, {@code ctxswitch} keeps changing CR3.
 */
public enum SyntheticKind {
    RANDOM("uniformly random accesses over one large region, mapped once: TLB-miss heavy, stable tables",
            List.of(pages(16384), accesses(), SyntheticParam.seed(), writes()),
            p -> new RegionAccesses(p, RegionAccesses.uniform())),
    SEQUENTIAL("walks a region one 64-byte line at a time, wrapping around: 64 accesses per 4K page, TLB-friendly",
            List.of(pages(1024), accesses(), SyntheticParam.seed(), writes()),
            p -> new RegionAccesses(p, RegionAccesses.stepping(64))),
    STRIDED("walks a region by a fixed stride, wrapping around; the default stride (a page and a line) lands on a new page every access",
            List.of(pages(4096), accesses(), SyntheticParam.seed(), writes(),
                    count("stride", 4160, 1, SyntheticLayout.GIB, "bytes between consecutive accesses")),
            p -> new RegionAccesses(p, RegionAccesses.stepping(p.count("stride")))),
    HOTCOLD("most accesses go to a few hot pages spread over the region, the rest anywhere in it",
            List.of(pages(16384), accesses(), SyntheticParam.seed(), writes(),
                    fraction("hot", 0.001, "fraction of the pages that are hot (at least one page); the default 16 of 16384 fit any TLB"),
                    fraction("hotaccesses", 0.9, "fraction of the accesses that go to hot pages")),
            p -> new RegionAccesses(p, RegionAccesses.hotCold(p.count("pages"), p.fraction("hot"), p.fraction("hotaccesses")))),
    PTUPDATE("mmap/munmap/mprotect churn and exec-like teardowns between accesses: page-table-update heavy",
            List.of(count("pages", 16, 1, SyntheticLayout.GIB >> 12, "4K pages in each mmap region"),
                    accesses(), SyntheticParam.seed(), writes(),
                    count("regions", 32, 1, SyntheticLayout.MMAP_SLOTS / 4, "most mmap regions alive at once"),
                    fraction("churn", 0.05, "chance that a page-table operation comes before an access")),
            PageTableChurn::new),
    CTXSWITCH("many processes with the same layout, switching CR3 every quantum: CR3-switch heavy",
            List.of(count("pages", 64, 1, SyntheticLayout.MAX_DATA_PAGES, "4K data pages of each process"),
                    accesses(), SyntheticParam.seed(), writes(),
                    count("processes", 16, 1, Event.MAX_PID + 1L, "processes (address spaces, pids 0..N-1)"),
                    count("quantum", 100, 1, Long.MAX_VALUE, "accesses between two switches"),
                    fraction("fetches", 0.2, "fraction of the accesses that fetch instructions from the text region")),
            ContextSwitches::new);

    private final String description;
    private final List<SyntheticParam> params;
    private final Function<SyntheticParams, EventGenerator> factory;

    SyntheticKind(String description, List<SyntheticParam> params, Function<SyntheticParams, EventGenerator> factory) {
        this.description = description;
        this.params = params;
        this.factory = factory;
    }

    /** "random", "ptupdate", ...: the spelling in specs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** The keys this kind accepts, in the order the help lists them. */
    public List<SyntheticParam> params() {
        return params;
    }

    EventGenerator generator(SyntheticParams p) {
        return factory.apply(p);
    }

    public static SyntheticKind parseOrNull(String label) {
        for (SyntheticKind k : values()) {
            if (k.label().equals(label)) return k;
        }
        return null;
    }

    private static SyntheticParam pages(long defaultPages) {
        return count("pages", defaultPages, 1, SyntheticLayout.MAX_DATA_PAGES, "4K pages in the region");
    }

    private static SyntheticParam accesses() {
        return count("accesses", 100_000, 0, Long.MAX_VALUE, "number of accesses");
    }

    private static SyntheticParam writes() {
        return fraction("writes", 0.3, "fraction of data accesses that are stores (to writable pages)");
    }
}
