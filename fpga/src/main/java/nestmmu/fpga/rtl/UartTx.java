package nestmmu.fpga.rtl;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.cat;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.log2Ceil;
import static nestmmu.hdl.Hw.uint;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.util.Decoupled;

/**
 * A UART transmitter, 8N1: for each byte taken from {@code in}, a start bit (0), the eight data
 * bits least significant first and a stop bit (1), each held for {@code clocksPerBit} cycles.
 * The line idles high. {@code in_ready_o} is high when the transmitter is idle or in the last
 * cycle of a stop bit, so a byte offered while it is busy waits and bytes offered back to back
 * follow each other with no gap: one frame every {@code 10 * clocksPerBit} cycles.
 *
 * <p>Ports: {@code in_valid_i}, {@code in_ready_o}, {@code in_bits_i} (8 bits), {@code tx_o}.
 * The line is driven from a flip-flop, so it never glitches.
 */
public final class UartTx extends Module {
    public static final int DATA_BITS = 8;

    public final Decoupled<UInt> in;
    public final Bool tx;

    public UartTx(int clocksPerBit) {
        super("uart_tx_c" + clocksPerBit);
        if (clocksPerBit < 2) throw new IllegalArgumentException("a UART bit needs at least 2 clocks, got " + clocksPerBit);
        in = input("in", Decoupled.of(uint(DATA_BITS)));
        tx = output("tx", bool());

        int timerBits = log2Ceil(clocksPerBit);
        Bool busy = regInit("busy", lit(false));
        Bool line = regInit("line", lit(true));
        // data bits still to send, then the stop bit (a 1 shifted in behind them)
        UInt shift = regInit("shift", lit(0, DATA_BITS + 1));
        UInt bitsLeft = regInit("bits_left", lit(0, log2Ceil(DATA_BITS + 2)));
        UInt timer = regInit("timer", lit(0, timerBits));

        Bool bitDone = node("bit_done", timer.eq(0));
        // ready in the last cycle of a stop bit too, so that bytes offered back to back leave no gap
        in.ready.set(busy.not().or(bitDone.and(bitsLeft.eq(0))));
        when(in.fire(), () -> {
            busy.set(true);
            line.set(false);
            shift.set(cat(lit(1, 1), in.bits));
            bitsLeft.set(DATA_BITS + 1);
            timer.set(clocksPerBit - 1);
        }).elseWhen(busy.and(bitDone), () -> {
            when(bitsLeft.eq(0), () -> busy.set(false)).otherwise(() -> {
                line.set(shift.bit(0));
                shift.set(shift.shr(1));
                bitsLeft.set(bitsLeft.sub(1));
                timer.set(clocksPerBit - 1);
            });
        }).elseWhen(busy, () -> timer.set(timer.sub(1)));
        tx.set(line);
    }

    /** Clock cycles per bit for {@code baud} from a {@code clockHz} clock, rounded to the nearest. */
    public static int clocksPerBit(double clockHz, int baud) {
        long c = Math.round(clockHz / baud);
        if (c < 2) throw new IllegalArgumentException(clockHz + " Hz is too slow for " + baud + " baud");
        return (int) c;
    }
}
