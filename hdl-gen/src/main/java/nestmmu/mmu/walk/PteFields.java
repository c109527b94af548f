package nestmmu.mmu.walk;

import static nestmmu.hdl.Hw.cat;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.muxLookup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings;

/**
 * Address arithmetic of a walk step, for any table level given as a level code: where an entry
 * lies, where the next table starts, what a leaf maps an address to. Shifts and widths come from
 * {@link Paging} and {@link PageSize}.
 */
public final class PteFields {
    private static final int ENTRY_SHIFT = Integer.numberOfTrailingZeros(Paging.ENTRY_BYTES);

    private PteFields() {}

    /** {@code perLevel.apply(level)} for the level {@code levelCode} names (levels 1..4). */
    static UInt byLevel(UInt levelCode, IntFunction<UInt> perLevel) {
        Map<Integer, UInt> table = new LinkedHashMap<>();
        for (int level = 1; level <= Paging.LEVELS; level++) table.put(Encodings.levelCode(level), perLevel.apply(level));
        return muxLookup(levelCode, table.get(Encodings.levelCode(1)), table);
    }

    /** The same over the levels that can map a page (1..3). */
    static UInt byLeafLevel(UInt levelCode, IntFunction<UInt> perLevel) {
        Map<Integer, UInt> table = new LinkedHashMap<>();
        for (PageSize p : PageSize.values()) table.put(Encodings.levelCode(p.leafLevel()), perLevel.apply(p.leafLevel()));
        return muxLookup(levelCode, table.get(Encodings.levelCode(1)), table);
    }

    /** The 9-bit index of {@code address} (a VA or guest-physical address) into a table of that level. */
    public static UInt index(UInt address, UInt levelCode) {
        UInt a = address.width() >= Paging.VA_BITS ? address : address.pad(Paging.VA_BITS);
        return byLevel(levelCode, level -> a.bits(Paging.shift(level) + Paging.INDEX_BITS - 1, Paging.shift(level)));
    }

    /** {@code table + index * 8}: the address of the entry for {@code address} (wraps at the table's width). */
    public static UInt entryAddress(UInt table, UInt address, UInt levelCode) {
        return table.add(cat(index(address, levelCode), lit(0, ENTRY_SHIFT)));
    }

    /** The 4K page number an entry points to: address bits physAddrBits−1..12. */
    public static UInt page(UInt pte, int physAddrBits) {
        return pte.bits(physAddrBits - 1, Paging.PAGE_SHIFT);
    }

    /** The next table's address (physAddrBits wide). */
    public static UInt nextTable(UInt pte, int physAddrBits) {
        return cat(page(pte, physAddrBits), lit(0, Paging.PAGE_SHIFT));
    }

    /** What a leaf at {@code levelCode} maps {@code address} to: the page base from the entry, the offset from the address. */
    public static UInt leafAddress(UInt pte, UInt levelCode, UInt address, int physAddrBits) {
        return byLeafLevel(levelCode, level -> {
            int shift = Paging.shift(level);
            return cat(pte.bits(physAddrBits - 1, shift), address.bits(shift - 1, 0));
        });
    }
}
