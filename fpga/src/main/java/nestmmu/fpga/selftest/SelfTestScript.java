package nestmmu.fpga.selftest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import nestmmu.arch.AccessType;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.arch.Pte;
import nestmmu.config.MmuConfig;
import nestmmu.sim.mem.AccessLog;
import nestmmu.sim.mem.FrameAllocator;
import nestmmu.sim.mem.OffsetMemory;
import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.sim.model.Context;
import nestmmu.sim.model.MmuModel;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;
import nestmmu.sim.timing.TimingModel;

/**
 * The board self-test: page tables small enough for on-chip block RAM, a fixed sequence of
 * translations and flushes over them — native, shadow and nested; 4K, 2M and 1G pages; TLB hits
 * and walks; A/D updates; #PF (not present, protection, reserved bit) and #NPF (final address,
 * guest table) — and the response the golden model gives to each, computed here, when the
 * board top is generated.
 *
 * <p>Memory layout (host-physical): the table region is {@link #REGION_BASE} onwards, 32 pages of
 * which the first {@link #WINDOW} entries each are kept ({@link TableImage}). Guest-physical
 * [0, 24K) — the guest's table pages — lies at the region's start (the nested table maps it
 * there 4K by 4K); the native, shadow and nested tables take region pages from 8 on. Data pages
 * lie outside the region: the MMU never reads them. Every table index the script uses is below
 * {@link #WINDOW}.
 *
 * <p>VMIDs and ASIDs are masked to the config's widths; with fewer than 2 bits some contexts
 * share a tag, which changes what hits but not the validity of the expected answers, since the
 * model sees the same requests.
 */
public final class SelfTestScript {
    public static final long REGION_BASE = 0x0010_0000L;
    public static final int SLOTS = 32;
    public static final int WINDOW = 8;
    /** The memory the self-test's responder models answers in one cycle; expected cycles are not checked. */
    public static final int MEM_LATENCY = 1;

    private static final long GUEST_TABLES_END = 0x6000L;
    private static final long HOST_TABLES = REGION_BASE + 8 * 0x1000L;

    private final MmuConfig config;
    private final TableImage image;
    private final List<SelfTestStep> steps;

    private SelfTestScript(MmuConfig config, TableImage image, List<SelfTestStep> steps) {
        this.config = config;
        this.image = image;
        this.steps = Collections.unmodifiableList(steps);
    }

    public MmuConfig config() { return config; }

    /** The block RAM's initial contents: the tables before the first step. */
    public TableImage image() { return image; }

    public List<SelfTestStep> steps() { return steps; }

    /** How many steps are checked translations. */
    public int translations() {
        return (int) steps.stream().filter(SelfTestStep.Translate.class::isInstance).count();
    }

    /** The script for {@code config}; the same config always gives the same script. */
    public static SelfTestScript of(MmuConfig config) {
        return new Builder(config).build();
    }

    /** The steps as a numbered table: step number (as the board reports it), request, expected answer. */
    public String listing() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "# nestmmu self-test for config %s: %d steps, %d checked translations%n",
                config.name(), steps.size(), translations()));
        for (int i = 0; i < steps.size(); i++) {
            SelfTestStep s = steps.get(i);
            String request = s instanceof SelfTestStep.Translate t ? t.request() : ((SelfTestStep.Flush) s).request();
            String answer = s instanceof SelfTestStep.Translate t ? " -> " + t.expected().describe() : "";
            b.append(String.format(Locale.ROOT, "%02d  %-24s %s%s%n", i + 1, s.label(), request, answer));
        }
        return b.toString();
    }

    /** Builds the tables, then runs the steps through the model to learn their answers. */
    private static final class Builder {
        private final MmuConfig config;
        private final PhysicalMemory memory;
        private final MmuModel model;
        private final List<SelfTestStep> steps = new ArrayList<>();
        private final int vmidMask;
        private final int asidMask;

        Builder(MmuConfig config) {
            this.config = config;
            this.memory = new PhysicalMemory(config.physAddrBits());
            this.model = new MmuModel(config, memory, new TimingModel(MEM_LATENCY));
            this.vmidMask = (1 << config.vmidBits()) - 1;
            this.asidMask = (1 << config.asidBits()) - 1;
        }

        SelfTestScript build() {
            FrameAllocator hostFrames = new FrameAllocator("self-test host tables", HOST_TABLES, REGION_BASE + SLOTS * 0x1000L);
            FrameAllocator guestFrames = new FrameAllocator("self-test guest tables", 0x1000L, GUEST_TABLES_END);
            OffsetMemory guestRam = new OffsetMemory(memory, REGION_BASE, GUEST_TABLES_END);

            // native: nothing preset, so walks write A (and D) back
            PageTable host = new PageTable(memory, hostFrames, EntryPolicy.CLEAR);
            long n4k = 0x5000L;
            long n2m = 0x0060_0000L;
            long n1g = 0x8000_0000L;
            long nReadOnly = (5L << 39) | 0x3000L;
            long nAbsent = 0x6000L;
            long nReserved = 6L << 39;
            host.map(n4k, 0x0200_0000L, PageSize.SIZE_4K, Permissions.USER_RW);
            host.map(n2m, 0x0240_0000L, PageSize.SIZE_2M, Permissions.ALL);
            host.map(n1g, 0x4000_0000L, PageSize.SIZE_1G, new Permissions(false, false, true));
            host.map(nReadOnly, 0x0201_0000L, PageSize.SIZE_4K, Permissions.USER_RO);
            // PS is reserved in a PML4E at every physical width
            host.writeEntry(nReserved, 4, Pte.make(0x0203_0000L, Pte.P_BIT | Pte.RW_BIT | Pte.US_BIT | Pte.PS_BIT));

            PageTable shadow = new PageTable(memory, hostFrames, EntryPolicy.HYPERVISOR);
            shadow.map(n4k, 0x0300_0000L, PageSize.SIZE_4K, Permissions.USER_RW);

            // nested: guest table pages at their offset in the region, data pages elsewhere
            PageTable nested = new PageTable(memory, hostFrames, EntryPolicy.HYPERVISOR);
            for (long gpa = 0; gpa < GUEST_TABLES_END; gpa += 0x1000) {
                nested.map(gpa, REGION_BASE + gpa, PageSize.SIZE_4K, Permissions.ALL);
            }
            nested.map(0x6000L, 0x0400_0000L, PageSize.SIZE_4K, Permissions.ALL);
            nested.map(0x0020_0000L, 0x0440_0000L, PageSize.SIZE_2M, Permissions.ALL);
            nested.map(0x0040_0000L, 0x0480_0000L, PageSize.SIZE_2M, Permissions.ALL);

            // guest: A preset and D clear, as a guest OS leaves them
            PageTable guest = new PageTable(guestRam, guestFrames, EntryPolicy.GUEST_OS);
            long g4k = 0x1000L;
            long gOnHost2m = 0x2000L;
            long g2m = 0x0040_0000L;
            long gToUnmapped = 0x4000L;
            long gAbsent = 0x5000L;
            guest.map(g4k, 0x6000L, PageSize.SIZE_4K, Permissions.ALL);
            guest.map(gOnHost2m, 0x0020_3000L, PageSize.SIZE_4K, Permissions.ALL);
            guest.map(g2m, 0x0040_0000L, PageSize.SIZE_2M, new Permissions(false, false, true));
            guest.map(gToUnmapped, 0x7000L, PageSize.SIZE_4K, Permissions.ALL);

            TableImage image = TableImage.capture(memory, REGION_BASE, SLOTS, WINDOW);
            memory.record(true);

            Context nat = Context.nativeMode(vmid(0), asid(1), host.root());
            Context sh = Context.shadow(vmid(1), asid(2), shadow.root());
            Context nst = Context.nested(vmid(2), asid(3), guest.root(), nested.root());
            Context badGcr3 = Context.nested(vmid(3), asid(3), 0x0001_0000L, nested.root());

            translate("native 4K", nat, n4k + 0x5e8, AccessType.READ, true);
            translate("native 4K again", nat, n4k + 0x5f0, AccessType.READ, true);
            translate("native 4K write", nat, n4k + 0x10, AccessType.WRITE, true);
            translate("native 4K write again", nat, n4k + 0x18, AccessType.WRITE, true);
            translate("native 2M fetch", nat, n2m + 0x12_3458, AccessType.EXECUTE, false);
            translate("native 1G", nat, n1g + 0x0abc_d120, AccessType.READ, false);
            translate("native protection #PF", nat, nReadOnly + 0x8, AccessType.WRITE, true);
            translate("native absent #PF", nat, nAbsent + 0x100, AccessType.READ, true);
            translate("native reserved #PF", nat, nReserved + 0x40, AccessType.READ, false);
            flush("INVLPG native 4K", FlushOp.ADDRESS, nat.vmid(), nat.asid(), n4k);
            translate("native 4K after INVLPG", nat, n4k + 0x5e8, AccessType.READ, true);
            translate("shadow 4K", sh, n4k + 0x5e8, AccessType.READ, true);
            translate("nested 4K/4K", nst, g4k + 0x7f8, AccessType.READ, true);
            translate("nested 4K/4K again", nst, g4k + 0x7f0, AccessType.READ, true);
            translate("nested 4K/4K write", nst, g4k + 0x20, AccessType.WRITE, true);
            translate("nested 4K/2M fetch", nst, gOnHost2m + 0x44, AccessType.EXECUTE, true);
            translate("nested 2M/2M", nst, g2m + 0x1f_fff8, AccessType.READ, false);
            translate("nested final #NPF", nst, gToUnmapped + 0x8, AccessType.READ, true);
            translate("nested guest #PF", nst, gAbsent, AccessType.WRITE, true);
            translate("nested table #NPF", badGcr3, g4k, AccessType.READ, true);
            flush("flush nested VMID", FlushOp.VMID, nst.vmid(), 0, 0);
            translate("nested 4K/4K after flush", nst, g4k + 0x7f8, AccessType.READ, true);

            checkImageCovers(memory.log(), image);
            return new SelfTestScript(config, image, steps);
        }

        private int vmid(int v) { return v & vmidMask; }

        private int asid(int a) { return a & asidMask; }

        private void translate(String label, Context c, long va, AccessType access, boolean user) {
            ExpectedResponse expected = ExpectedResponse.of(model.translate(c, va, access, user));
            steps.add(new SelfTestStep.Translate(label, c, va, access, user, expected));
        }

        private void flush(String label, FlushOp op, int vmid, int asid, long va) {
            op.apply(model, vmid, asid, va);
            steps.add(new SelfTestStep.Flush(label, op, vmid, asid, va));
        }

        /** Every word the model touched must be in the image, or read as zero outside it. */
        private static void checkImageCovers(AccessLog log, TableImage image) {
            for (int i = 0; i < log.size(); i++) {
                long a = log.address(i);
                if (image.covers(a) || (!log.isWrite(i) && log.value(i) == 0)) continue;
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "the self-test %s 0x%x, outside its block-RAM image", log.isWrite(i) ? "writes" : "reads a set word at", a));
            }
        }
    }
}
