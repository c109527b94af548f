package nestmmu.tb.mmu.coverage;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;
import nestmmu.config.MmuConfig;

/**
 * The coverage bins of one config: for each mode, the page sizes (page-size pairs in nested mode)
 * of successful walks, every fault kind at every level of each dimension, and a hit and a miss of
 * every cache. A bin is reachable, or unreachable with the reason (a cache the config lacks, a
 * fault the architecture cannot raise). Names, e.g.:
 * <pre>
 * native/page/2M               nested/page/2M+4K (guest+host)
 * shadow/fault/pf/protW/L1     nested/fault/pf/reserved/guest/L4
 * nested/fault/npf/notPresent/table/L3 (host level)   nested/fault/npf/table/guestL2 (guest entry whose access faulted)
 * nested/l1/hit  nested/l2/miss  nested/pwc/hit  nested/ntlb/miss
 * </pre>
 */
public final class CoverageBins {
    private final Map<String, String> bins = new LinkedHashMap<>(); // name -> null (reachable) or why not

    private CoverageBins() {}

    public static CoverageBins of(MmuConfig config, Collection<Mode> modes) {
        CoverageBins b = new CoverageBins();
        for (Mode m : Mode.values()) {
            if (modes.contains(m)) b.addMode(config, m);
        }
        return b;
    }

    /** Bin name to null when reachable, else the reason it is not; in a fixed order. */
    public Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(bins);
    }

    public boolean contains(String bin) {
        return bins.containsKey(bin);
    }

    /** Null when reachable (or unknown). */
    public String whyUnreachable(String bin) {
        return bins.get(bin);
    }

    private void addMode(MmuConfig config, Mode mode) {
        String m = mode.label();
        if (mode == Mode.NESTED) {
            for (PageSize g : PageSize.values()) {
                for (PageSize h : PageSize.values()) bins.put(pageBin(mode, g, h), null);
            }
        } else {
            for (PageSize s : PageSize.values()) bins.put(pageBin(mode, s, null), null);
        }
        String dimension = mode == Mode.NESTED ? "guest/" : "";
        for (FaultClass k : FaultClass.values()) {
            for (int level = Paging.LEVELS; level >= 1; level--) {
                bins.put(m + "/fault/pf/" + k.label() + "/" + dimension + "L" + level, leafOnly(k, level));
            }
        }
        if (mode == Mode.NESTED) {
            for (String where : new String[] {"table", "final"}) {
                for (FaultClass k : FaultClass.values()) {
                    for (int level = Paging.LEVELS; level >= 1; level--) {
                        String why = leafOnly(k, level);
                        if (why == null && where.equals("table") && k == FaultClass.PROTECTION_X) {
                            why = "guest page-table accesses are reads and A/D writes, never instruction fetches";
                        }
                        if (why == null && where.equals("final") && level == Paging.LEVELS && sharedNestedPml4e(config)) {
                            why = "physAddrBits " + config.physAddrBits() + " < 40 and no nested TLB: every guest-physical "
                                    + "address is under nested PML4 entry 0, which every guest-table access walks first";
                        }
                        bins.put(npfBin(k, where, level), why);
                    }
                }
            }
            for (int level = Paging.LEVELS; level >= 1; level--) bins.put(npfTableBin(level), null);
        }
        cache(m, "l1", null);
        cache(m, "l2", config.l2Tlb().enabled() ? null : "config " + config.name() + " has no L2 TLB");
        cache(m, "pwc", config.pwc().enabled() ? null : "config " + config.name() + " has no page-walk cache");
        if (mode == Mode.NESTED) {
            cache(m, "ntlb", config.nestedTlb().enabled() ? null : "config " + config.name() + " has no nested TLB");
        }
    }

    /** Whether every guest table access walks the one nested PML4 entry that the final address uses too. */
    private static boolean sharedNestedPml4e(MmuConfig config) {
        return config.physAddrBits() <= Paging.shift(Paging.LEVELS) && !config.nestedTlb().enabled();
    }

    private void cache(String mode, String cache, String why) {
        bins.put(cacheBin(mode, cache, true), why);
        bins.put(cacheBin(mode, cache, false), why);
    }

    private static String leafOnly(FaultClass k, int level) {
        return k.protection() && level == Paging.LEVELS
                ? "a PML4 entry is never a leaf, and permissions are checked at the leaf" : null;
    }

    static String pageBin(Mode mode, PageSize guest, PageSize host) {
        return mode.label() + "/page/" + guest.label() + (host == null ? "" : "+" + host.label());
    }

    static String pfBin(Mode mode, FaultClass kind, int level) {
        return mode.label() + "/fault/pf/" + kind.label() + "/" + (mode == Mode.NESTED ? "guest/" : "") + "L" + level;
    }

    static String npfBin(FaultClass kind, String where, int hostLevel) {
        return "nested/fault/npf/" + kind.label() + "/" + where + "/L" + hostLevel;
    }

    static String npfTableBin(int guestLevel) {
        return "nested/fault/npf/table/guestL" + guestLevel;
    }

    static String cacheBin(String mode, String cache, boolean hit) {
        return mode + "/" + cache + "/" + (hit ? "hit" : "miss");
    }
}
