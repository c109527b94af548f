package nestmmu.tb.mmu.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bins hit against the bins there are: what {@code --coverage} prints and what the coverage
 * test checks. {@link #missed()} lists reachable bins nobody hit; {@link #unexpected()} lists hits
 * of bins thought unreachable or unknown — either means the bins or the regression need work.
 */
public record Coverage(CoverageBins bins, Map<String, Long> hits) {
    public static Coverage of(CoverageBins bins, Map<String, Long> hits) {
        return new Coverage(bins, Map.copyOf(hits));
    }

    public List<String> missed() {
        List<String> missed = new ArrayList<>();
        bins.all().forEach((bin, why) -> {
            if (why == null && !hits.containsKey(bin)) missed.add(bin);
        });
        return missed;
    }

    public List<String> unexpected() {
        List<String> odd = new ArrayList<>();
        for (String bin : hits.keySet()) {
            if (!bins.contains(bin) || bins.whyUnreachable(bin) != null) odd.add(bin);
        }
        odd.sort(null);
        return odd;
    }

    public long reachable() {
        return bins.all().values().stream().filter(why -> why == null).count();
    }

    /** {@code reachable}, {@code hit}, {@code missed}, {@code unreachable} (bin: why), {@code hits} (bin: count, every bin in order). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> missed = missed();
        m.put("reachable", reachable());
        m.put("hit", reachable() - missed.size());
        m.put("missed", missed);
        Map<String, String> unreachable = new LinkedHashMap<>();
        bins.all().forEach((bin, why) -> {
            if (why != null) unreachable.put(bin, why);
        });
        m.put("unreachable", unreachable);
        Map<String, Long> counts = new LinkedHashMap<>();
        bins.all().forEach((bin, why) -> counts.put(bin, hits.getOrDefault(bin, 0L)));
        for (String bin : unexpected()) counts.put(bin, hits.get(bin));
        m.put("hits", counts);
        m.put("unexpected", unexpected());
        return m;
    }
}
