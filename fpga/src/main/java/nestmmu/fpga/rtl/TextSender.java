package nestmmu.fpga.rtl;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.log2Ceil;
import static nestmmu.hdl.Hw.muxLookup;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vec;
import static nestmmu.hdl.Hw.vecOf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.Vec;
import nestmmu.hdl.util.Decoupled;

/**
 * Sends one of a fixed set of text lines, byte by byte, on a valid/ready byte stream (a
 * {@link UartTx} takes it). A pulse on {@code start_i} while idle picks the line {@code select_i}
 * names; placeholders take the bytes on {@code arg_k_i} as they are while the line goes out, so
 * the sender's user keeps them stable. {@code busy_o} is high from the cycle after the start
 * until the last byte has been taken.
 *
 * <p>Ports: {@code start_i}, {@code select_i}, {@code arg_i} (Vec of bytes, when a template has
 * placeholders), {@code busy_o}, {@code out_valid_o}, {@code out_ready_i}, {@code out_bits_o}.
 */
public final class TextSender extends Module {
    public final Bool start;
    public final UInt select;
    /** Null when no template has a placeholder. */
    public final Vec<UInt> arg;
    public final Bool busy;
    public final Decoupled<UInt> out;

    public TextSender(String name, List<TextTemplate> templates) {
        super(name);
        if (templates.isEmpty()) throw new IllegalArgumentException("no templates");
        int args = templates.stream().mapToInt(TextTemplate::arguments).max().orElse(0);
        int longest = templates.stream().mapToInt(TextTemplate::length).max().orElse(1);
        start = input("start", bool());
        select = input("select", uint(log2Ceil(templates.size())));
        arg = args == 0 ? null : input("arg", vec(args, uint(8)));
        busy = output("busy", bool());
        out = output("out", Decoupled.of(uint(8)));

        int posBits = log2Ceil(longest);
        Bool sending = regInit("sending", lit(false));
        UInt chosen = regInit("chosen", lit(0, select.width()));
        UInt pos = regInit("pos", lit(0, posBits));

        Map<Integer, UInt> byteOf = new LinkedHashMap<>();
        Map<Integer, UInt> lastOf = new LinkedHashMap<>();
        for (int t = 0; t < templates.size(); t++) {
            List<UInt> bytes = new ArrayList<>();
            for (int p : templates.get(t).parts()) bytes.add(p >= 0 ? lit(p, 8) : arg.get(-1 - p));
            // the sender never reads past a line's end; repeat its last byte so the table stays small
            while (bytes.size() < (1 << posBits)) bytes.add(bytes.get(bytes.size() - 1));
            byteOf.put(t, vecOf(bytes).at(pos));
            lastOf.put(t, lit(templates.get(t).length() - 1, posBits));
        }
        UInt current = node("current", muxLookup(chosen, lit(0, 8), byteOf));
        Bool atLast = node("at_last", pos.eq(muxLookup(chosen, lit(0, posBits), lastOf)));

        out.valid.set(sending);
        out.bits.set(current);
        busy.set(sending);
        when(sending.not().and(start), () -> {
            sending.set(true);
            chosen.set(select);
            pos.set(0);
        }).elseWhen(out.fire(), () -> {
            when(atLast, () -> sending.set(false)).otherwise(() -> pos.set(pos.add(1)));
        });
        if (arg != null && usedArguments(templates) < args) arg.unused();
    }

    private static int usedArguments(List<TextTemplate> templates) {
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (TextTemplate t : templates) for (int p : t.parts()) if (p < 0) used.add(p);
        return used.size();
    }
}
