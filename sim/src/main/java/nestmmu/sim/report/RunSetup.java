package nestmmu.sim.report;

import java.util.Objects;

import nestmmu.arch.Mode;
import nestmmu.config.MmuConfig;
import nestmmu.sim.model.ExitCosts;
import nestmmu.sim.model.RunOptions;

/**
 * One configuration of a comparison, and so one row of its table: a paging mode, a page pair and
 * whether the MMU keeps its page-walk cache and nested TLB. Native setups always have
 * {@code host == guest} ({@link PagePair#nativeOf}).
 */
public record RunSetup(Mode mode, PagePair pages, boolean walkCaches) {
    public RunSetup {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(pages, "pages");
        if (mode == Mode.NATIVE && pages.guest() != pages.host()) {
            throw new IllegalArgumentException("a native setup has one page size, got " + pages);
        }
    }

    /** The MMU this setup runs on: {@code base}, or {@code base} without its walk caches. */
    public MmuConfig config(MmuConfig base) {
        return walkCaches ? base : base.withoutWalkCaches();
    }

    public RunOptions options(int memLatency, ExitCosts exitCosts) {
        return new RunOptions(mode, pages.guest(), pages.host(), memLatency, exitCosts);
    }

    /** The native setup this one is measured against: the same guest page size and walk-cache setting. */
    public RunSetup nativeBaseline() {
        return new RunSetup(Mode.NATIVE, PagePair.nativeOf(pages.guest()), walkCaches);
    }

    /** "nested 4K/2M, walk caches on". */
    public String describe() {
        return mode.label() + " " + pages.label() + ", walk caches " + (walkCaches ? "on" : "off");
    }
}
