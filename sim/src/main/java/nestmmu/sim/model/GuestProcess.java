package nestmmu.sim.model;

import java.util.TreeMap;

import nestmmu.sim.pt.PageTable;

/** One guest address space: its page table, its regions, and the pages it has in memory (page number -> frame). */
final class GuestProcess {
    final int pid;
    final PageTable table;
    final RegionMap regions = new RegionMap();
    final TreeMap<Long, Long> present = new TreeMap<>();

    GuestProcess(int pid, PageTable table) {
        this.pid = pid;
        this.table = table;
    }
}
