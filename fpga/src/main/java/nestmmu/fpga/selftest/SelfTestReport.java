package nestmmu.fpga.selftest;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.log2Ceil;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vec;

import java.util.List;
import java.util.Locale;

import nestmmu.fpga.rtl.BcdCounter;
import nestmmu.fpga.rtl.TextSender;
import nestmmu.fpga.rtl.TextTemplate;
import nestmmu.fpga.rtl.UartTx;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.Vec;

/**
 * Reports the self-test's verdict as one line on a UART (8N1), as soon as the sequencer is done
 * and again every {@code repeatCycles} cycles (so a terminal opened late still sees it; 0: once):
 * <pre>
 * nestmmu selftest PASS 20/20
 * nestmmu selftest FAIL 19/20, first mismatch at step 07
 * nestmmu selftest FAIL 06/20, timeout at step 07
 * </pre>
 * The first number counts the answers that matched, the second the translations in the script;
 * steps are numbered as in {@link SelfTestScript#listing()}.
 *
 * <p>Ports: {@code done_i}, {@code passed_i}, {@code timeout_i}, {@code pass_digit_i},
 * {@code step_digit_i} (from the {@link SelfTestSequencer}), {@code tx_o}.
 */
public final class SelfTestReport extends Module {
    public static final String PREFIX = "nestmmu selftest ";

    public final Bool done;
    public final Bool passed;
    public final Bool timeout;
    public final Vec<UInt> passDigit;
    public final Vec<UInt> stepDigit;
    public final Bool tx;

    public SelfTestReport(int translations, int clocksPerBit, long repeatCycles) {
        super("selftest_report");
        done = input("done", bool());
        passed = input("passed", bool());
        timeout = input("timeout", bool());
        passDigit = input("pass_digit", vec(2, uint(4)));
        stepDigit = input("step_digit", vec(2, uint(4)));
        tx = output("tx", bool());

        TextSender sender = instance("sender", () -> new TextSender("selftest_lines", lines(translations)));
        UartTx uart = instance("uart", () -> new UartTx(clocksPerBit));
        uart.in.connect(sender.out);
        sender.arg.get(0).set(BcdCounter.ascii(passDigit.get(1)));
        sender.arg.get(1).set(BcdCounter.ascii(passDigit.get(0)));
        sender.arg.get(2).set(BcdCounter.ascii(stepDigit.get(1)));
        sender.arg.get(3).set(BcdCounter.ascii(stepDigit.get(0)));
        sender.select.set(mux(passed, lit(0, 2), mux(timeout, lit(2, 2), lit(1, 2))));

        Bool sent = regInit("sent", lit(false));
        Bool again = lit(false);
        if (repeatCycles > 0) again = repeatTimer(sent.and(sender.busy.not()), repeatCycles);
        else sender.busy.unused();
        Bool first = node("first", done.and(sent.not()));
        when(first, () -> sent.set(true));
        sender.start.set(first.or(again));
        tx.set(uart.tx);
    }

    /** High for one cycle after {@code idle} has held for {@code cycles} cycles, and every {@code cycles} after that. */
    private Bool repeatTimer(Bool idle, long cycles) {
        UInt wait = regInit("wait", lit(0, log2Ceil(cycles)));
        Bool due = node("again", idle.and(wait.eq(cycles - 1)));
        when(idle, () -> when(due, () -> wait.set(0)).otherwise(() -> wait.set(wait.add(1))));
        return due;
    }

    /** The three lines, in the order of the sender's select input: pass, mismatch, timeout. */
    public static List<TextTemplate> lines(int translations) {
        String total = String.format(Locale.ROOT, "%02d", translations);
        return List.of(
                TextTemplate.parse(PREFIX + "PASS {0}{1}/" + total + "\r\n"),
                TextTemplate.parse(PREFIX + "FAIL {0}{1}/" + total + ", first mismatch at step {2}{3}\r\n"),
                TextTemplate.parse(PREFIX + "FAIL {0}{1}/" + total + ", timeout at step {2}{3}\r\n"));
    }

    /** The line a board whose every answer matched prints, without the line end. */
    public static String passLine(int translations) {
        return String.format(Locale.ROOT, "%sPASS %02d/%02d", PREFIX, translations, translations);
    }
}
