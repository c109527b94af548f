package nestmmu.mmu.tlb;

import static nestmmu.hdl.Hw.FALSE;
import static nestmmu.hdl.Hw.TRUE;
import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vecOf;
import static nestmmu.hdl.Hw.zeros;

import java.util.ArrayList;
import java.util.List;

import nestmmu.config.CacheGeometry;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Mem;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.util.Mux1H;
import nestmmu.hdl.util.OneHot;
import nestmmu.hdl.util.Plru;
import nestmmu.hdl.util.PriorityEncoder;
import nestmmu.mmu.Encodings.FlushOp;
import nestmmu.mmu.cache.FlushCommand;

/**
 * A large set-associative TLB level in memories that synthesize to block RAM: one memory per way
 * and one of PLRU states, all read synchronously at one set. Entries hold 4K splinters; set =
 * low VPN bits.
 *
 * <p>Timing: {@code read_i} in one cycle reads the set of {@code key_vpn_i}; in the next cycle,
 * with the key unchanged, {@code hit_o}, {@code hit_way_o} and {@code entry_*_o} answer,
 * {@code touch_i} marks the hit way most recently used, and {@code fill_*_i} writes the key's
 * translation into {@code fill_way_o} of that set. The read data stay until the next read, so a
 * fill may come any number of cycles later.
 *
 * <p>A flush ({@code flush_*_i}, one cycle) sweeps every set — an address flush must, since a
 * splintered large page may sit in any set: read set i while writing back set i−1, {@code sets + 1}
 * cycles with {@code busy_o} high. After reset the same sweep clears every entry (memories have no
 * reset); do not read, fill or flush while busy.
 */
public final class SetAssocTlb extends Module implements TlbLevel {
    public final TlbKey key;
    public final Bool read;
    public final Bool hit;
    public final UInt hitWay;
    public final TlbEntry entry;
    public final Bool touch;
    public final TlbFill fill;
    public final UInt fillWay;
    public final FlushCommand flush;
    public final Bool busy;

    public SetAssocTlb(String name, MmuConfig c, CacheGeometry g) {
        super(name);
        int ways = g.ways();
        int sets = g.sets();
        if (sets < 2 || ways < 2) throw new IllegalArgumentException("a set-associative TLB needs 2 or more sets and ways: " + g);
        int setBits = Integer.numberOfTrailingZeros(sets);
        int wayBits = Integer.numberOfTrailingZeros(ways);
        key = input("key", TlbKey.type(c));
        read = input("read", bool());
        hit = output("hit", bool());
        hitWay = output("hit_way", uint(wayBits));
        entry = output("entry", TlbEntry.type(c));
        touch = input("touch", bool());
        fill = input("fill", TlbFill.type(c));
        fillWay = output("fill_way", uint(wayBits));
        flush = input("flush", FlushCommand.type(c));
        busy = output("busy", bool());

        // The sweep: after reset it clears everything (op ALL); a flush restarts it with its own command.
        Bool sweeping = regInit("sweeping", TRUE);
        UInt sweepIndex = regInit("sweep_index", lit(0, setBits + 1));
        if (FlushOp.ALL.code() != 0) throw new IllegalStateException("the reset sweep is a flush with op 0 = ALL");
        FlushCommand sweepCmd = regInit("sweep_cmd", zeros(FlushCommand.type(c)));
        sweepCmd.valid.unused();
        Bool sweepRead = node("sweep_read", sweeping.and(sweepIndex.bit(setBits).not()));
        Bool sweepWrite = node("sweep_write", sweeping.and(sweepIndex.ne(0)));
        UInt sweepWriteSet = node("sweep_write_set", sweepIndex.sub(1).bits(setBits - 1, 0));
        when(sweeping, () -> {
            sweepIndex.set(sweepIndex.add(1));
            when(sweepIndex.eq(sets), () -> sweeping.set(FALSE));
        });
        when(flush.valid, () -> {
            sweeping.set(TRUE);
            sweepIndex.set(0);
            sweepCmd.set(flush);
        });
        busy.set(sweeping);

        UInt keySet = node("key_set", key.vpn.bits(setBits - 1, 0));
        UInt readSet = node("read_set", mux(sweeping, sweepIndex.bits(setBits - 1, 0), keySet));
        Bool readEnable = node("read_enable", read.or(sweepRead));

        List<Mem<TlbLine>> lines = new ArrayList<>();
        List<TlbLine> readLines = new ArrayList<>();
        for (int w = 0; w < ways; w++) {
            Mem<TlbLine> m = mem("way" + w, sets, TlbLine.type(c));
            lines.add(m);
            readLines.add(m.readSync(readSet, readEnable));
        }
        Mem<UInt> plru = mem("plru", sets, uint(ways - 1));
        UInt plruState = plru.readSync(readSet, readEnable);

        List<Bool> matches = new ArrayList<>();
        List<Bool> free = new ArrayList<>();
        for (TlbLine l : readLines) {
            matches.add(l.valid.and(TlbMatch.answers(l.entry, key, true)));
            free.add(l.valid.not());
        }
        UInt hits = node("hits", vecOf(matches).asUInt());
        UInt freeWays = node("free_ways", vecOf(free).asUInt());
        hit.set(hits.orR());
        hitWay.set(PriorityEncoder.of(hits));
        entry.set(Mux1H.of(OneHot.lowest(hits), readLines.stream().map(l -> l.entry).toList()));
        fillWay.set(mux(hits.orR(), hitWay, mux(freeWays.orR(), PriorityEncoder.of(freeWays), Plru.victimOf(plruState))));

        TlbEntry filled = TlbMatch.entryOf(this, "fill_entry", key, fill, true, c);
        TlbLine fillLine = wire("fill_line", TlbLine.type(c));
        fillLine.valid.set(TRUE);
        fillLine.entry.set(filled);
        for (int w = 0; w < ways; w++) {
            TlbLine old = readLines.get(w);
            TlbLine kept = wire("kept" + w, TlbLine.type(c));
            kept.entry.set(old.entry);
            kept.valid.set(old.valid.and(TlbMatch.flushes(old.entry, sweepCmd).not()));
            Bool fillHere = fill.valid.and(fillWay.eq(w));
            Mem<TlbLine> m = lines.get(w);
            when(sweepWrite, () -> m.write(sweepWriteSet, kept))
                    .elseWhen(fillHere, () -> m.write(keySet, fillLine));
        }
        Bool touchNow = node("plru_write", touch.or(fill.valid));
        UInt touchedWay = mux(fill.valid, fillWay, hitWay);
        when(touchNow, () -> plru.write(keySet, Plru.touched(plruState, touchedWay)));
    }

    @Override public TlbKey key() { return key; }
    @Override public Bool hit() { return hit; }
    @Override public TlbEntry entry() { return entry; }
    @Override public Bool touch() { return touch; }
    @Override public TlbFill fill() { return fill; }
    @Override public FlushCommand flush() { return flush; }
    @Override public boolean splinters() { return true; }
    @Override public Bool read() { return read; }
    @Override public Bool busy() { return busy; }

    @Override
    public void outputsForTestsUnused() {
        entry.vmid.unused();
        entry.asid.unused();
        entry.vpn.unused();
        hitWay.unused();
        fillWay.unused();
    }
}
