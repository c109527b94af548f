package nestmmu.hdl.util;

import static nestmmu.hdl.Hw.FALSE;
import static nestmmu.hdl.Hw.TRUE;
import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.log2Ceil;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vec;
import static nestmmu.hdl.Hw.vecOf;
import static nestmmu.hdl.Hw.zeros;

import java.util.ArrayList;
import java.util.List;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.Vec;

/**
 * A content-addressable memory of N keys with valid bits, searched in the same cycle.
 * Ports: {@code key_i}; {@code hit_o} (some valid entry holds the key), {@code hit_vec_o} (bit i:
 * entry i is valid and holds the key), {@code hit_index_o} (the lowest such entry, 0 on a miss);
 * {@code write_valid_i}/{@code write_index_i}/{@code write_key_i} store a key and validate its
 * entry at the clock edge; {@code flush_i} invalidates every entry (and wins over a write in the
 * same cycle). Entries reset to invalid. {@link #match} is the search as a function, for
 * structures (a TLB) that keep their own entries.
 */
public final class Cam extends Module {
    /** A write request: store {@code key} in entry {@code index}. */
    public static final class Write extends Bundle {
        public final Bool valid;
        public final UInt index;
        public final UInt key;

        public Write(Fields f, int entries, int keyWidth) {
            super(f);
            valid = f.bool("valid");
            index = f.uint("index", log2Ceil(entries));
            key = f.uint("key", keyWidth);
        }

        public static HwType<Write> type(int entries, int keyWidth) {
            return f -> new Write(f, entries, keyWidth);
        }
    }

    public final UInt key;
    public final Bool hit;
    public final UInt hitVec;
    public final UInt hitIndex;
    public final Write write;
    public final Bool flush;

    public Cam(int entries, int keyWidth) {
        super("cam_e" + entries + "_k" + keyWidth);
        if (entries < 2) throw new IllegalArgumentException("a CAM needs at least 2 entries, got " + entries);
        key = input("key", uint(keyWidth));
        hit = output("hit", bool());
        hitVec = output("hit_vec", uint(entries));
        hitIndex = output("hit_index", uint(log2Ceil(entries)));
        write = input("write", Write.type(entries, keyWidth));
        flush = input("flush", bool());

        Vec<UInt> keys = reg("keys", vec(entries, uint(keyWidth)));
        Vec<Bool> valid = regInit("valid", zeros(vec(entries, bool())));
        when(write.valid, () -> {
            keys.at(write.index).set(write.key);
            valid.at(write.index).set(TRUE);
        });
        when(flush, () -> valid.forEach(v -> v.set(FALSE)));

        UInt hits = node("hits", match(keys, valid, key));
        hitVec.set(hits);
        hit.set(hits.orR());
        hitIndex.set(PriorityEncoder.of(hits));
    }

    /** Bit i set when entry i is valid and holds {@code key}. */
    public static UInt match(List<UInt> keys, List<Bool> valid, UInt key) {
        if (keys.size() != valid.size()) throw new IllegalArgumentException(keys.size() + " keys but " + valid.size() + " valid bits");
        List<Bool> hits = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) hits.add(valid.get(i).and(keys.get(i).eq(key)));
        return vecOf(hits).asUInt();
    }

    public static UInt match(Vec<UInt> keys, Vec<Bool> valid, UInt key) {
        return match(keys.elements(), valid.elements(), key);
    }
}
