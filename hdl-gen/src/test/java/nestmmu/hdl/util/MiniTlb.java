package nestmmu.hdl.util;

import static nestmmu.hdl.Hw.TRUE;
import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.log2Ceil;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vec;
import static nestmmu.hdl.Hw.zeros;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.Vec;

/**
 * A fully associative TLB in miniature, composed the way the real one will be: entries in a Vec of
 * bundle registers, the search by {@link Cam#match}, replacement by an instance of {@link Plru}.
 * A lookup answers in the same cycle; a refill writes the PLRU victim at the clock edge.
 */
final class MiniTlb extends Module {
    static final class Entry extends Bundle {
        final UInt vpn;
        final UInt ppn;

        Entry(Fields f, int vpnBits, int ppnBits) {
            super(f);
            vpn = f.uint("vpn", vpnBits);
            ppn = f.uint("ppn", ppnBits);
        }

        static HwType<Entry> type(int vpnBits, int ppnBits) {
            return f -> new Entry(f, vpnBits, ppnBits);
        }
    }

    static final class Refill extends Bundle {
        final Bool valid;
        final Entry entry;

        Refill(Fields f, HwType<Entry> entryType) {
            super(f);
            valid = f.bool("valid");
            entry = f.field("entry", entryType);
        }
    }

    MiniTlb(int entries, int vpnBits, int ppnBits) {
        super("mini_tlb_e" + entries);
        HwType<Entry> entryType = Entry.type(vpnBits, ppnBits);
        Bool lookup = input("lookup", bool());
        UInt vpn = input("vpn", uint(vpnBits));
        Bool hit = output("hit", bool());
        UInt ppn = output("ppn", uint(ppnBits));
        Refill refill = input("refill", f -> new Refill(f, entryType));
        Bool flush = input("flush", bool());

        Vec<Entry> table = reg("table", vec(entries, entryType));
        Vec<Bool> valid = regInit("valid", zeros(vec(entries, bool())));
        Plru plru = instance("plru", () -> new Plru(entries));

        UInt hits = node("hits", Cam.match(table.stream().map(e -> e.vpn).toList(), valid.elements(), vpn));
        UInt way = node("way", PriorityEncoder.of(hits));
        hit.set(hits.orR());
        ppn.set(table.at(way).ppn);

        plru.touch.set(refill.valid.or(lookup.and(hit)));
        plru.touchWay.set(mux(refill.valid, plru.victim, way));
        when(refill.valid, () -> {
            table.at(plru.victim).set(refill.entry);
            valid.at(plru.victim).set(TRUE);
        });
        when(flush, () -> valid.forEach(v -> v.set(false)));
        if (log2Ceil(entries) != way.width()) throw new IllegalStateException("way width");
    }
}
