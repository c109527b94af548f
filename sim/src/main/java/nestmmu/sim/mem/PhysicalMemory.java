package nestmmu.sim.mem;

import nestmmu.arch.Paging;

/**
 * Sparse physical memory: only 4K pages that were written take space, each a {@code long[512]}
 * found through an open-addressing hash on the page number (no boxing on the access path).
 * Optionally records every access in an {@link AccessLog}.
 */
public final class PhysicalMemory implements Memory {
    private static final int WORDS_PER_PAGE = (int) (Paging.PAGE_BYTES / 8);
    private static final long EMPTY = -1;

    private final int addressBits;
    private long[] keys;
    private long[][] pages;
    private int count;

    // A direct-mapped cache of recently used pages in front of the hash: a walk touches a handful
    // of table pages again and again (a nested walk, the host tables above every guest table page).
    private static final int RECENT_BITS = 8;
    private static final int RECENT = 1 << RECENT_BITS;
    private final long[] recentKeys = new long[RECENT];
    private final long[][] recentPages = new long[RECENT][];

    private final AccessLog log = new AccessLog();
    private boolean recording;
    private WriteListener listener;

    /** Memory whose addresses are below {@code 2^addressBits}. */
    public PhysicalMemory(int addressBits) {
        if (addressBits < 13 || addressBits > Paging.MAX_PHYS_ADDR_BITS) {
            throw new IllegalArgumentException("addressBits " + addressBits);
        }
        this.addressBits = addressBits;
        keys = new long[1024];
        java.util.Arrays.fill(keys, EMPTY);
        java.util.Arrays.fill(recentKeys, EMPTY);
        pages = new long[1024][];
    }

    public int addressBits() { return addressBits; }

    /** Turns recording of accesses on or off (off by default: it is for tests and tools, not speed). */
    public void record(boolean on) { recording = on; }

    public boolean recording() { return recording; }

    public AccessLog log() { return log; }

    /** Tells {@code l} of every later write and page zeroing (null: nobody). One listener at a time. */
    public void listen(WriteListener l) { listener = l; }

    /** Pages that hold at least one written word. */
    public int pagesInUse() { return count; }

    @Override
    public long read(long address) {
        check(address);
        long[] page = find(address >>> Paging.PAGE_SHIFT);
        long value = page == null ? 0 : page[wordIndex(address)];
        if (recording) log.add(address, value, false);
        return value;
    }

    /** Reads without recording: for software that inspects memory (the VMM's bookkeeping, tests). */
    public long peek(long address) {
        check(address);
        long[] page = find(address >>> Paging.PAGE_SHIFT);
        return page == null ? 0 : page[wordIndex(address)];
    }

    @Override
    public void write(long address, long value) {
        check(address);
        long key = address >>> Paging.PAGE_SHIFT;
        long[] page = find(key);
        if (page == null) {
            if (value == 0) {
                if (recording) log.add(address, value, true);
                if (listener != null) listener.written(address, value);
                return; // still reads as zero
            }
            page = insert(key);
        }
        page[wordIndex(address)] = value;
        if (recording) log.add(address, value, true);
        if (listener != null) listener.written(address, value);
    }

    @Override
    public void zeroPage(long pageAddress) {
        check(pageAddress);
        if ((pageAddress & (Paging.PAGE_BYTES - 1)) != 0) {
            throw new IllegalArgumentException("not a page address: 0x" + Long.toHexString(pageAddress));
        }
        long[] page = find(pageAddress >>> Paging.PAGE_SHIFT);
        if (page != null) java.util.Arrays.fill(page, 0);
        if (listener != null) listener.pageZeroed(pageAddress);
    }

    /** A separate memory with the same contents (not the log, the recording flag or the listener). */
    public PhysicalMemory copy() {
        PhysicalMemory c = new PhysicalMemory(addressBits);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) c.insert(keys[i]);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) System.arraycopy(pages[i], 0, c.find(keys[i]), 0, WORDS_PER_PAGE);
        }
        return c;
    }

    /** Numbers (address / 4096) of the pages that have been written, ascending; other pages read as zero. */
    public long[] pageNumbers() {
        long[] numbers = new long[count];
        int n = 0;
        for (long k : keys) {
            if (k != EMPTY) numbers[n++] = k;
        }
        java.util.Arrays.sort(numbers);
        return numbers;
    }

    /** A copy of the 512 words of page {@code pageNumber} (zeros for a page never written), not recorded. */
    public long[] pageWords(long pageNumber) {
        check(pageNumber << Paging.PAGE_SHIFT);
        long[] page = find(pageNumber);
        return page == null ? new long[WORDS_PER_PAGE] : page.clone();
    }

    private static int wordIndex(long address) {
        return (int) ((address >>> 3) & (WORDS_PER_PAGE - 1));
    }

    private void check(long address) {
        if ((address & 7) != 0 || (address >>> addressBits) != 0) {
            throw new IllegalArgumentException("bad physical address 0x" + Long.toHexString(address)
                    + ((address & 7) != 0 ? " (not 8-byte aligned)" : " (beyond " + addressBits + " bits)"));
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private static int recentIndex(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - RECENT_BITS));
    }

    private long[] find(long key) {
        int r = recentIndex(key);
        if (recentKeys[r] == key) return recentPages[r];
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                recentKeys[r] = key;
                recentPages[r] = pages[i];
                return pages[i];
            }
            if (k == EMPTY) return null;
        }
    }

    private long[] insert(long key) {
        if ((count + 1) * 2 > keys.length) grow();
        long[] page = new long[WORDS_PER_PAGE];
        place(keys, pages, key, page);
        count++;
        int r = recentIndex(key);
        recentKeys[r] = key;
        recentPages[r] = page;
        return page;
    }

    private static void place(long[] keys, long[][] pages, long key, long[] page) {
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (keys[i] != EMPTY) i = (i + 1) & mask;
        keys[i] = key;
        pages[i] = page;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[][] oldPages = pages;
        keys = new long[oldKeys.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
        pages = new long[oldKeys.length * 2][];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) place(keys, pages, oldKeys[i], oldPages[i]);
        }
    }
}
