package nestmmu.tb.mmu.lockstep;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import nestmmu.arch.Paging;
import nestmmu.sim.mem.PhysicalMemory;

/** Word-by-word comparison of two memories over every page either has written. */
final class MemoryComparison {
    /** How many differing words are described; the rest are only counted. */
    static final int DESCRIBED = 5;

    final long differingWords;
    final List<String> first;

    private MemoryComparison(long differingWords, List<String> first) {
        this.differingWords = differingWords;
        this.first = first;
    }

    static MemoryComparison of(PhysicalMemory model, PhysicalMemory rtl) {
        TreeSet<Long> pages = new TreeSet<>();
        for (long p : model.pageNumbers()) pages.add(p);
        for (long p : rtl.pageNumbers()) pages.add(p);
        long differing = 0;
        List<String> first = new ArrayList<>();
        for (long page : pages) {
            long[] m = model.pageWords(page);
            long[] r = rtl.pageWords(page);
            for (int i = 0; i < m.length; i++) {
                if (m[i] == r[i]) continue;
                differing++;
                if (first.size() < DESCRIBED) {
                    long address = (page << Paging.PAGE_SHIFT) + 8L * i;
                    first.add("final memory at 0x" + Long.toHexString(address) + ": model 0x" + Long.toHexString(m[i])
                            + ", rtl 0x" + Long.toHexString(r[i]));
                }
            }
        }
        return new MemoryComparison(differing, first);
    }
}
