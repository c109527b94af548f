package nestmmu.fpga.selftest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nestmmu.arch.Paging;
import nestmmu.sim.mem.PhysicalMemory;

/**
 * The page tables of a self-test as one block RAM: {@code slots} consecutive 4K pages from
 * {@code base}, of which only the first {@code window} entries each are stored. Word
 * {@code slot * window + entry} holds the entry at {@code base + slot * 4096 + entry * 8}.
 * Everywhere else memory reads as zero and ignores writes. That is exact for a script whose
 * tables all lie in the region and use table indices below {@code window} only: every other
 * entry of those pages, and every word outside them, is zero (not present) in the model too.
 * {@link #capture} checks the first half of that promise; {@code SelfTestScript} checks every
 * access the model made against {@link #covers}.
 */
public record TableImage(long base, int slots, int window, long[] words) {

    public TableImage {
        if (Integer.bitCount(slots) != 1 || Integer.bitCount(window) != 1 || window > Paging.ENTRIES_PER_TABLE) {
            throw new IllegalArgumentException("slots and window must be powers of two, window at most 512");
        }
        if ((base & ((long) slots * Paging.PAGE_BYTES - 1)) != 0) {
            throw new IllegalArgumentException("base must be aligned to the region's size, so the slot is a bit field");
        }
        if (words.length != slots * window) throw new IllegalArgumentException("need " + slots * window + " words");
        words = words.clone();
    }

    /** The region's words as they are in {@code memory} now; fails if an entry beyond the window is set. */
    public static TableImage capture(PhysicalMemory memory, long base, int slots, int window) {
        long[] words = new long[slots * window];
        for (int s = 0; s < slots; s++) {
            long page = base + s * Paging.PAGE_BYTES;
            for (int e = 0; e < Paging.ENTRIES_PER_TABLE; e++) {
                long v = memory.peek(page + (long) e * Paging.ENTRY_BYTES);
                if (e < window) {
                    words[s * window + e] = v;
                } else if (v != 0) {
                    throw new IllegalStateException(String.format(Locale.ROOT,
                            "entry %d of the table page at 0x%x is set, beyond the image's window of %d entries", e, page, window));
                }
            }
        }
        return new TableImage(base, slots, window, words);
    }

    @Override
    public long[] words() { return words.clone(); }

    public int depth() { return words.length; }

    /** Bits of a word's index: the slot's bits above the entry's. */
    public int indexBits() { return Integer.numberOfTrailingZeros(words.length); }

    /** Whether {@code address} (8-byte aligned) is stored in the image. */
    public boolean covers(long address) {
        long offset = address - base;
        if (offset < 0 || offset >= (long) slots * Paging.PAGE_BYTES) return false;
        return (offset & (Paging.PAGE_BYTES - 1)) >> 3 < window;
    }

    /** The word index of a covered address. */
    public int index(long address) {
        long offset = address - base;
        int slot = (int) (offset >> Paging.PAGE_SHIFT);
        int entry = (int) ((offset & (Paging.PAGE_BYTES - 1)) >> 3);
        return slot * window + entry;
    }

    public long word(int index) { return words[index]; }

    /** The words as unsigned 64-bit values, for a memory's initial contents. */
    public List<BigInteger> contents() {
        List<BigInteger> out = new ArrayList<>(words.length);
        for (long w : words) out.add(new BigInteger(Long.toUnsignedString(w)));
        return out;
    }

    /** Non-zero words. */
    public int used() {
        int n = 0;
        for (long w : words) if (w != 0) n++;
        return n;
    }
}
