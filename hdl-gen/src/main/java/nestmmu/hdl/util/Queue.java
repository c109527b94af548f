package nestmmu.hdl.util;

import static nestmmu.hdl.Hw.FALSE;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.log2Ceil;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.uint;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Data;
import nestmmu.hdl.HwType;
import nestmmu.hdl.Mem;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;

/**
 * A first-in first-out queue of {@code entries} ≥ 2 values (Chisel's {@code Queue}, default
 * flavour): {@code enq} accepts while not full, {@code deq} offers the oldest value while not
 * empty; a value enqueued in one cycle can be dequeued the next. Storage is a memory with
 * asynchronous read; {@code count_o} is the number of values held.
 */
public final class Queue<T extends Data> extends Module {
    public final Decoupled<T> enq;
    public final Decoupled<T> deq;
    public final UInt count;

    public Queue(int entries, HwType<T> type) {
        super("queue_e" + entries + "_w" + Shapes.width(type));
        if (entries < 2) throw new IllegalArgumentException("a queue needs at least 2 entries, got " + entries);
        enq = input("enq", Decoupled.of(type));
        deq = output("deq", Decoupled.of(type));
        int countWidth = log2Ceil(entries + 1);
        count = output("count", uint(countWidth));

        int pointerWidth = log2Ceil(entries);
        Mem<T> ram = mem("ram", entries, type);
        UInt enqPtr = regInit("enq_ptr", lit(0, pointerWidth));
        UInt deqPtr = regInit("deq_ptr", lit(0, pointerWidth));
        Bool maybeFull = regInit("maybe_full", FALSE);
        Bool ptrMatch = node("ptr_match", enqPtr.eq(deqPtr));
        Bool empty = node("empty", ptrMatch.and(maybeFull.not()));
        Bool full = node("full", ptrMatch.and(maybeFull));
        Bool doEnq = node("do_enq", enq.fire());
        Bool doDeq = node("do_deq", deq.fire());

        when(doEnq, () -> {
            ram.write(enqPtr, enq.bits);
            enqPtr.set(Counter.next(enqPtr, entries));
        });
        when(doDeq, () -> deqPtr.set(Counter.next(deqPtr, entries)));
        when(doEnq.ne(doDeq), () -> maybeFull.set(doEnq));

        enq.ready.set(full.not());
        deq.valid.set(empty.not());
        deq.bits.set(ram.read(deqPtr));

        UInt held = enqPtr.pad(countWidth).sub(deqPtr.pad(countWidth));
        UInt heldWrapped = lit(entries, countWidth).add(held);
        count.set(mux(full, lit(entries, countWidth), mux(deqPtr.gt(enqPtr), heldWrapped, held)));
    }
}
