package nestmmu.sim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nestmmu.arch.AccessType;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.arch.PfErrorCode;
import nestmmu.io.BadInputException;
import nestmmu.sim.mem.FrameAllocator;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.sim.workload.Event;
import nestmmu.sim.workload.EventStream;

/**
 * A small guest OS that runs a workload's events on a {@link GuestPlatform}, the same way in
 * every mode:
 * <ul>
 *   <li>Processes are address spaces; a process id gets an ASID ({@link AsidAllocator}); the
 *       stream starts in process 0. {@code SwitchProcess} is a CR3 write that keeps the ASID's
 *       cached translations (PCID-style), unless the ASID was just taken from another process.</li>
 *   <li>{@code Map}, {@code Unmap}, {@code Protect} record regions in whole pages of the run's
 *       guest page size. Pages come in on demand: a not-present #PF inside a region that allows
 *       the access maps the page and retries; outside every region the OS is permissive and maps a
 *       read-write-execute user page (so bare traces work). A #PF the region does not allow, or a
 *       protection #PF, is what a program dies of: it is counted and the access dropped.</li>
 *   <li>Unmap and Protect of present pages rewrite their entries, free unmapped frames for reuse,
 *       and invalidate: INVLPG per page, or a flushing CR3 write beyond
 *       {@value #INVLPG_CEILING} pages (Linux's {@code tlb_single_page_flush_ceiling}). Map over
 *       present pages unmaps them first (MAP_FIXED). Table pages are never freed.</li>
 *   <li>Page tables are built with A preset and D clear ({@link EntryPolicy#GUEST_OS}); they and
 *       the pages live in guest-physical memory ({@link MemoryLayout}).</li>
 * </ul>
 */
public final class GuestOs {
    static final int INVLPG_CEILING = 32;
    /** Demand paging maps the page on the first fault; a second fault on the same access means a bug. */
    private static final int MAX_FAULTS_PER_ACCESS = 2;

    private final GuestPlatform platform;
    private final PageSize pageSize;
    private final FrameAllocator tableFrames;
    private final FrameAllocator dataFrames;
    private final AsidAllocator asids;
    private final Map<Integer, GuestProcess> processes = new HashMap<>();
    private final GuestOsStats stats = new GuestOsStats();
    private GuestProcess current;

    public GuestOs(GuestPlatform platform, PageSize pageSize) {
        this.platform = platform;
        this.pageSize = pageSize;
        this.tableFrames = new FrameAllocator("guest page tables", MemoryLayout.GUEST_TABLES_BASE, MemoryLayout.GUEST_TABLES_LIMIT);
        this.dataFrames = new FrameAllocator("guest memory", MemoryLayout.GUEST_DATA_BASE, platform.guestDataLimit());
        tableFrames.onGrowth(end -> platform.ramGrew(MemoryLayout.GUEST_TABLES_BASE, end));
        dataFrames.onGrowth(end -> platform.ramGrew(MemoryLayout.GUEST_DATA_BASE, end));
        this.asids = new AsidAllocator(platform.mmu().config().asidBits());
        switchTo(0);
    }

    /** Runs every event of the stream; a bad event is a {@link BadInputException} naming the stream position. */
    public void run(EventStream events) {
        Event e;
        while ((e = events.next()) != null) {
            try {
                handle(e);
            } catch (BadInputException ex) {
                throw ex.at(events.position());
            }
        }
    }

    public void handle(Event event) {
        if (event instanceof Event.Access a) {
            access(a.va(), a.type(), a.user());
        } else if (event instanceof Event.Map m) {
            map(m.va(), m.length(), m.perms());
        } else if (event instanceof Event.Unmap u) {
            unmap(u.va(), u.length());
        } else if (event instanceof Event.Protect p) {
            protect(p.va(), p.length(), p.perms());
        } else if (event instanceof Event.SwitchProcess s) {
            switchTo(s.pid());
        } else {
            throw new IllegalArgumentException("unknown event " + event);
        }
    }

    /**
     * Maps the page holding {@code va} in the current process now, as MAP_POPULATE would: a region of
     * one page with {@code perms}, and its entry. Returns the page's guest-physical frame.
     */
    public long populate(long va, Permissions perms) {
        long page = va >> pageSize.shift();
        current.regions.set(page, page + 1, perms);
        if (current.present.containsKey(page)) invalidate(dropPresent(page, page + 1));
        mapPage(page, perms);
        return current.present.get(page);
    }

    public GuestOsStats stats() { return stats; }

    public PageSize pageSize() { return pageSize; }

    /** The current process's guest CR3 (guest-physical root of its table). */
    public long cr3() { return current.table.root(); }

    /** The current process's ASID. */
    public int asid() { return asids.asidOf(current.pid); }

    /** The current process's page table (for oracles in tests). */
    public PageTable pageTable() { return current.table; }

    /** Guest-physical frame of the page holding {@code va} in the current process, or -1 when not present. */
    public long frameOf(long va) {
        Long f = current.present.get(va >> pageSize.shift());
        return f == null ? -1 : f;
    }

    // ------------------------------------------------------------------ events

    private void access(long va, AccessType type, boolean user) {
        stats.accesses++;
        for (int faults = 0; ; faults++) {
            TranslationResult r = platform.access(va, type, user);
            if (r.ok()) return;
            if (r.fault() != FaultKind.PAGE_FAULT) throw new IllegalStateException("guest saw " + r.fault());
            stats.pageFaults++;
            long page = va >> pageSize.shift();
            Permissions allowed = current.regions.permsAt(page);
            if (allowed == null) allowed = Permissions.ALL;
            if ((r.errorCode() & PfErrorCode.P) != 0 || !allowed.allows(type, user)) {
                stats.protectionFaults++;
                return;
            }
            if (faults == MAX_FAULTS_PER_ACCESS) {
                throw new IllegalStateException("0x" + Long.toHexString(va) + " still not present after demand paging");
            }
            mapPage(page, allowed);
            stats.demandFaults++;
        }
    }

    private void map(long va, long length, Permissions perms) {
        long first = va >> pageSize.shift();
        long end = ((va + length - 1) >> pageSize.shift()) + 1;
        invalidate(dropPresent(first, end));
        current.regions.set(first, end, perms);
    }

    private void unmap(long va, long length) {
        long first = va >> pageSize.shift();
        long end = ((va + length - 1) >> pageSize.shift()) + 1;
        current.regions.remove(first, end);
        invalidate(dropPresent(first, end));
    }

    private void protect(long va, long length, Permissions perms) {
        long first = va >> pageSize.shift();
        long end = ((va + length - 1) >> pageSize.shift()) + 1;
        current.regions.set(first, end, perms);
        List<Long> changed = new ArrayList<>(current.present.subMap(first, end).keySet());
        for (long page : changed) {
            current.table.protect(page << pageSize.shift(), pageSize, perms);
            stats.pagesProtected++;
        }
        invalidate(changed);
    }

    private void switchTo(int pid) {
        GuestProcess p = processes.get(pid);
        if (p == null) {
            p = new GuestProcess(pid, new PageTable(platform.guestMemory(), tableFrames, EntryPolicy.GUEST_OS));
            processes.put(pid, p);
        }
        int asid = asids.asidOf(pid);
        boolean flush = false;
        if (asid < 0) {
            asid = asids.assign(pid);
            flush = asids.lastRecycled();
            if (flush) stats.asidFlushes++;
        }
        current = p;
        stats.contextSwitches++;
        platform.switchAddressSpace(p.table.root(), asid, flush);
    }

    // ------------------------------------------------------------------ pages

    private void mapPage(long page, Permissions perms) {
        long frame = dataFrames.allocate(pageSize);
        current.table.map(page << pageSize.shift(), frame, pageSize, perms);
        current.present.put(page, frame);
        stats.pagesMapped++;
    }

    /** Unmaps the present pages in {@code [first, end)}; returns them. */
    private List<Long> dropPresent(long first, long end) {
        List<Long> dropped = new ArrayList<>(current.present.subMap(first, end).keySet());
        for (long page : dropped) {
            current.table.unmap(page << pageSize.shift(), pageSize);
            dataFrames.free(current.present.remove(page), pageSize);
            stats.pagesUnmapped++;
        }
        return dropped;
    }

    private void invalidate(List<Long> pages) {
        if (pages.isEmpty()) return;
        if (pages.size() > INVLPG_CEILING) {
            stats.asidFlushes++;
            platform.switchAddressSpace(current.table.root(), asid(), true);
            return;
        }
        for (long page : pages) {
            stats.invlpgs++;
            platform.invlpg(page << pageSize.shift());
        }
    }
}
