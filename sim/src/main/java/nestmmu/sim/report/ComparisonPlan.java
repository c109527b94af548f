package nestmmu.sim.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nestmmu.arch.Mode;
import nestmmu.config.MmuConfig;

/**
 * The setups a comparison runs, in the order of its rows: walk caches on, then off; in each,
 * native for every guest page size of the studied pairs (4K, 2M, 1G), then shadow and nested for
 * every {@linkplain PagePair#STUDIED studied pair}. A config without walk caches has only the
 * "off" half, since the "on" half would repeat it under a false label.
 */
public final class ComparisonPlan {
    private ComparisonPlan() {}

    public static List<RunSetup> of(MmuConfig config) {
        List<RunSetup> setups = new ArrayList<>();
        for (boolean walkCaches : config.hasWalkCaches() ? new boolean[] {true, false} : new boolean[] {false}) {
            Set<PagePair> nativePairs = new LinkedHashSet<>();
            for (PagePair p : PagePair.STUDIED) nativePairs.add(PagePair.nativeOf(p.guest()));
            for (PagePair p : nativePairs) setups.add(new RunSetup(Mode.NATIVE, p, walkCaches));
            for (Mode m : new Mode[] {Mode.SHADOW, Mode.NESTED}) {
                for (PagePair p : PagePair.STUDIED) setups.add(new RunSetup(m, p, walkCaches));
            }
        }
        return setups;
    }
}
