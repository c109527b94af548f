package nestmmu.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.config.MmuConfig;
import nestmmu.sim.model.ExitCosts;
import nestmmu.sim.model.RunOptions;

/**
 * One fuzz case: a config, how the run is set up, and the guest's operations as lines of the
 * {@code trace:} format — mappings of varied sizes, permissions and halves of the address space,
 * protections, unmaps, context switches, and loads, stores and fetches by user and supervisor, some
 * of them to unmapped pages (demand faults) or against the page's permissions (protection faults).
 */
public record FuzzCase(MmuConfig config, RunOptions options, boolean randomLatency, long rtlSeed, List<String> trace) {
    static final int MIN_EVENTS = 100;
    static final int MAX_EVENTS = 600;
    private static final String[] PERMS = {"rw-u", "r--u", "r-xu", "rwxu", "rw-s", "r--s", "rwxs"};
    private static final String[] ACCESSES = {"r", "w", "x", "rs", "ws", "xs"};
    /** Region slots: user text, eight 1 GiB user slots, and a kernel slot in the upper half. */
    private static final long[] SLOTS = slots();

    private static long[] slots() {
        long[] s = new long[10];
        s[0] = 0x400000L;
        for (int i = 1; i <= 8; i++) s[i] = 0x7f0000000000L + (long) (i - 1) * 0x40000000L;
        s[9] = 0xffff800000000000L;
        return s;
    }

    public FuzzCase withTrace(List<String> lines) {
        return new FuzzCase(config, options, randomLatency, rtlSeed, List.copyOf(lines));
    }

    /** Draws a case from {@code random}, its config from {@code family}. */
    static FuzzCase draw(SplittableRandom random, List<MmuConfig> family) {
        MmuConfig config = family.get(random.nextInt(family.size()));
        Mode mode = Mode.values()[random.nextInt(3)];
        // 1G pages only where physical memory has room for a few dozen of them
        PageSize[] sizes = config.physAddrBits() >= 40
                ? new PageSize[] {PageSize.SIZE_4K, PageSize.SIZE_4K, PageSize.SIZE_2M, PageSize.SIZE_1G}
                : new PageSize[] {PageSize.SIZE_4K, PageSize.SIZE_4K, PageSize.SIZE_2M};
        PageSize guest = sizes[random.nextInt(sizes.length)];
        PageSize host = sizes[random.nextInt(sizes.length)];
        int latency = 1 + random.nextInt(24);
        RunOptions options = new RunOptions(mode, guest, host, latency, ExitCosts.defaults());
        return new FuzzCase(config, options, random.nextBoolean(), random.nextLong() & Long.MAX_VALUE, trace(random));
    }

    static List<String> trace(SplittableRandom random) {
        int events = MIN_EVENTS + random.nextInt(MAX_EVENTS - MIN_EVENTS + 1);
        List<String> lines = new ArrayList<>();
        long[][] lengths = new long[4][SLOTS.length];   // per process; 0: not mapped
        long[] length = lengths[0];
        for (int i = 0; i < events; i++) {
            int slot = random.nextInt(SLOTS.length);
            int what = random.nextInt(100);
            if (what < 8) {
                if (length[slot] > 0) lines.add(String.format(Locale.ROOT, "unmap 0x%x 0x%x", SLOTS[slot], length[slot]));
                long pages = 1 + random.nextInt(random.nextBoolean() ? 16 : 1024);
                length[slot] = pages * 4096;
                lines.add(String.format(Locale.ROOT, "map 0x%x 0x%x %s", SLOTS[slot], length[slot], perms(random, slot)));
            } else if (what < 11 && length[slot] > 0) {
                lines.add(String.format(Locale.ROOT, "protect 0x%x 0x%x %s", SLOTS[slot], pageSpan(random, length[slot]),
                        perms(random, slot)));
            } else if (what < 13 && length[slot] > 0) {
                lines.add(String.format(Locale.ROOT, "unmap 0x%x 0x%x", SLOTS[slot], length[slot]));
                length[slot] = 0;
            } else if (what < 15) {
                int pid = random.nextInt(lengths.length);
                lines.add("cr3 " + pid);
                length = lengths[pid];
            } else {
                long span = length[slot] > 0 && random.nextInt(10) > 0 ? length[slot] : 0x200000;
                long va = SLOTS[slot] + (random.nextLong() & Long.MAX_VALUE) % span;
                String kind = slot == 9 ? ACCESSES[3 + random.nextInt(3)] : ACCESSES[random.nextInt(random.nextInt(8) == 0 ? 6 : 3)];
                lines.add(String.format(Locale.ROOT, "%s 0x%x", kind, va));
            }
        }
        return lines;
    }

    private static long pageSpan(SplittableRandom random, long length) {
        long pages = length / 4096;
        return (1 + (random.nextLong() & Long.MAX_VALUE) % pages) * 4096;
    }

    private static String perms(SplittableRandom random, int slot) {
        String p = PERMS[random.nextInt(PERMS.length)];
        if (slot == 9) p = p.substring(0, 3) + "s";    // the upper half is the kernel's
        return p;
    }

    /** The trace as a file's text, headed by what the case is. */
    String traceText() {
        StringBuilder b = new StringBuilder("# nestmmu fuzz case: config ").append(config.name()).append(", ")
                .append(options.mode().label()).append(' ').append(options.guestPage()).append('/').append(options.hostPage())
                .append(", memory latency ").append(options.memLatency()).append(randomLatency ? " (random)" : "").append('\n');
        for (String l : trace) b.append(l).append('\n');
        return b.toString();
    }
}
