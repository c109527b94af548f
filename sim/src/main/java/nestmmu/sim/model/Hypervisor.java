package nestmmu.sim.model;

import java.util.Map;
import java.util.TreeMap;

import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.sim.mem.FrameAllocator;
import nestmmu.sim.mem.OffsetMemory;
import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;

/**
 * The host side of a VM: guest RAM is one memory slot (host-physical = guest-physical + 1 GiB,
 * {@link MemoryLayout}), backed with host pages of one size. For nested paging the hypervisor keeps
 * the nested table (guest-physical to host-physical, every page rwx and user, A and D preset) and
 * maps guest RAM there before the guest first uses it — the guest's frame allocators report their
 * growth — so a normal run has no #NPF. Shadow mode uses the same slot but no nested table.
 */
public final class Hypervisor {
    private final PhysicalMemory host;
    private final PageSize hostPage;
    private final FrameAllocator tableFrames;
    private final PageTable nested;
    private final OffsetMemory guestView;
    private final TreeMap<Long, Long> backed = new TreeMap<>(); // start -> end, guest-physical, disjoint

    public Hypervisor(PhysicalMemory host, MemoryLayout layout, PageSize hostPage, boolean nestedPaging) {
        this.host = host;
        this.hostPage = hostPage;
        this.tableFrames = new FrameAllocator("hypervisor page tables", MemoryLayout.HOST_TABLES_BASE, MemoryLayout.HOST_TABLES_LIMIT);
        this.nested = nestedPaging ? new PageTable(host, tableFrames, EntryPolicy.HYPERVISOR) : null;
        this.guestView = new OffsetMemory(host, MemoryLayout.GUEST_RAM_HOST_BASE, layout.guestDataLimit(true));
    }

    /** The host-physical address of guest-physical {@code gpa} (the memory slot). */
    public long hostAddress(long gpa) { return guestView.toBacking(gpa); }

    /** Guest RAM as software sees it: the guest OS's and the VMM's view. */
    public OffsetMemory guestMemory() { return guestView; }

    public PhysicalMemory hostMemory() { return host; }

    public PageSize hostPage() { return hostPage; }

    /** Frames for the hypervisor's own tables (nested and shadow), in host-physical memory. */
    public FrameAllocator tableFrames() { return tableFrames; }

    /** The nested table's root (nCR3); -1 without nested paging. */
    public long ncr3() { return nested == null ? -1 : nested.root(); }

    /** Null without nested paging. */
    public PageTable nestedTable() { return nested; }

    /** Makes sure guest-physical {@code [start, end)} is mapped in the nested table, in whole host pages. */
    public void back(long start, long end) {
        long s = start & ~hostPage.offsetMask();
        long e = (end + hostPage.offsetMask()) & ~hostPage.offsetMask();
        long cursor = s;
        while (cursor < e) {
            Map.Entry<Long, Long> f = backed.floorEntry(cursor);
            if (f != null && f.getValue() > cursor) {
                cursor = f.getValue();
                continue;
            }
            Long nextStart = backed.higherKey(cursor);
            long gapEnd = nextStart == null ? e : Math.min(e, nextStart);
            for (long gpa = cursor; gpa < gapEnd; gpa += hostPage.bytes()) {
                if (nested != null) nested.map(gpa, hostAddress(gpa), hostPage, Permissions.ALL);
            }
            addBacked(cursor, gapEnd);
            cursor = gapEnd;
        }
    }

    private void addBacked(long start, long end) {
        Map.Entry<Long, Long> before = backed.floorEntry(start);
        if (before != null && before.getValue() >= start) {
            start = before.getKey();
            backed.remove(start);
        }
        Long after = backed.get(end);
        if (after != null) {
            backed.remove(end);
            end = after;
        }
        backed.put(start, end);
    }

    /** Whether guest-physical {@code gpa} is backed. */
    public boolean isBacked(long gpa) {
        Map.Entry<Long, Long> f = backed.floorEntry(gpa);
        return f != null && f.getValue() > gpa;
    }
}
