package nestmmu.hdl.emit;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.cat;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.uint;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.Mem;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.util.Counter;
import nestmmu.hdl.util.Decoupled;

/** A small module that uses most constructs once; its Verilog is a golden file and an example of the style. */
final class Showcase extends Module {
    static final class Request extends Bundle {
        final UInt addr;
        final Bool write;

        Request(Fields f) {
            super(f);
            addr = f.uint("addr", 12);
            write = f.bool("write");
        }
    }

    Showcase() {
        super("showcase");
        Decoupled<Request> req = input("req", Decoupled.of(Request::new));
        UInt data = output("data", uint(8));
        Bool busy = output("busy", bool());

        Counter beats = instance("beats", () -> new Counter(3));
        Mem<UInt> lut = mem("lut", 16, uint(8));
        UInt state = regInit("state", lit(0, 2));
        UInt last = reg("last_index", uint(4));
        req.bits.addr.unused();   // bits 7:4 are not needed

        Bool idle = node("idle", state.eq(0));
        req.ready.set(idle);
        beats.inc.set(state.eq(1));
        beats.count.unused();
        when(req.fire(), () -> {
            state.set(1);
            last.set(req.bits.addr.bits(3, 0));
            when(req.bits.write, () -> lut.write(req.bits.addr.bits(3, 0), cat(req.bits.addr.bits(11, 8), lit(0, 4))));
        }).elseWhen(beats.wrap, () -> state.set(2))
          .otherwise(() -> when(state.eq(2), () -> state.set(0)));
        data.set(lut.readSync(last, idle.not()));
        busy.set(idle.not());
    }
}
