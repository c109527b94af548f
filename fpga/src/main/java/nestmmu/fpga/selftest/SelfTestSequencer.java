package nestmmu.fpga.selftest;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.log2Ceil;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;
import java.util.function.ToLongFunction;

import nestmmu.arch.Paging;
import nestmmu.config.MmuConfig;
import nestmmu.fpga.rtl.BcdCounter;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.Vec;
import nestmmu.mmu.FlushControl;
import nestmmu.mmu.TranslationRequest;
import nestmmu.mmu.TranslationResult;

/**
 * Plays a {@link SelfTestScript} into an MMU and checks every answer: step by step, it offers
 * the step's translation request on the MMU's request port (or its flush on the control port),
 * waits for the response and compares it with the model's answer stored beside the request in
 * a ROM. The fields compared depend on the expected fault, as {@link ExpectedResponse} says. A
 * step that takes longer than {@code 2^watchdogBits} cycles stops the test as a timeout.
 *
 * <p>MMU-side ports are MmuTop's own bundles from the other side, so they connect in bulk
 * ({@code req_valid_o} drives the MMU's {@code req_valid_i}, {@code rsp_pa_i} reads its
 * {@code rsp_pa_o}, ...; the MMU's added {@code rsp_dirty_o} and {@code rsp_global_o} are
 * checked too). Status:
 * {@code done_o}, {@code passed_o} (done, every answer matched, no timeout), {@code timeout_o},
 * {@code failed_o} (some answer differed), {@code pass_digit_o} (Vec of 2 BCD digits: answers that
 * matched), {@code step_digit_o} (Vec of 2 BCD digits: the step that timed out, else the first
 * that differed, numbered from 1 as in {@link SelfTestScript#listing()}).
 */
public final class SelfTestSequencer extends Module {
    public static final int DEFAULT_WATCHDOG_BITS = 16;
    private static final int VA_BITS = Paging.VA_BITS;

    /** The request port, driving the MMU's ({@code req_valid_o} ... {@code req_nroot_o}). */
    public final TranslationRequest req;
    /** The MMU's response ({@code rsp_valid_i}, {@code rsp_ready_o}, {@code rsp_pa_i}, ...). */
    public final TranslationResult rsp;
    /** The control port, driving the MMU's ({@code ctl_valid_o} ... {@code ctl_va_o}). */
    public final FlushControl ctl;

    public final Bool done;
    public final Bool passed;
    public final Bool failed;
    public final Bool timeout;
    public final Vec<UInt> passDigit;
    public final Vec<UInt> stepDigit;

    private final List<SelfTestStep> steps;

    public SelfTestSequencer(SelfTestScript script, int watchdogBits) {
        super("selftest_sequencer");
        MmuConfig c = script.config();
        steps = script.steps();
        if (steps.size() > 99) throw new IllegalArgumentException("at most 99 steps: the report prints two digits");
        int pa = c.physAddrBits();
        int faultAddrBits = Math.max(VA_BITS, pa);

        req = output("req", TranslationRequest.type(c));
        rsp = input("rsp", TranslationResult.port(c));
        ctl = output("ctl", FlushControl.type(c));

        done = output("done", bool());
        passed = output("passed", bool());
        failed = output("failed", bool());
        timeout = output("timeout", bool());
        passDigit = output("pass_digit", vec(2, uint(4)));
        stepDigit = output("step_digit", vec(2, uint(4)));

        // ---------------------------------------------------------------- the script, one ROM per field
        int stepBits = log2Ceil(Math.max(2, steps.size()));
        UInt step = regInit("step", lit(0, stepBits));
        Bool isFlush = rom("is_flush", 1, s -> s instanceof SelfTestStep.Flush ? 1 : 0, step).bit(0);
        UInt va = rom("va", VA_BITS, s -> va(s) & Paging.VA_MASK, step);
        UInt vmid = rom("vmid", c.vmidBits(), SelfTestSequencer::vmid, step);
        UInt asid = rom("asid", c.asidBits(), SelfTestSequencer::asid, step);
        UInt number = romByIndex("number", 8, i -> bcd(i + 1), step);
        req.va.set(va);
        req.access.set(translateField("access", 2, t -> PortCodes.access(t.access()), step));
        req.user.set(translateField("user", 1, t -> t.user() ? 1 : 0, step).bit(0));
        req.mode.set(translateField("mode", 2, t -> PortCodes.mode(t.context().mode()), step));
        req.vmid.set(vmid);
        req.asid.set(asid);
        req.root.set(translateField("root", pa, t -> t.context().root(), step));
        req.nroot.set(translateField("nroot", pa, t -> Math.max(0, t.context().nestedRoot()), step));
        ctl.op.set(rom("op", 2, s -> s instanceof SelfTestStep.Flush f ? f.op().code() : 0, step));
        ctl.vmid.set(vmid);
        ctl.asid.set(asid);
        ctl.va.set(va);

        UInt expFault = translateField("exp_fault", 2, t -> t.expected().fault(), step);
        UInt expPa = translateField("exp_pa", pa, t -> t.expected().pa(), step);
        UInt expSize = translateField("exp_page_size", 2, t -> t.expected().pageSize(), step);
        UInt expPerm = translateField("exp_perm", 3, t -> t.expected().perms(), step);
        UInt expDirty = translateField("exp_dirty", 1, t -> t.expected().dirty() ? 1 : 0, step);
        UInt expGlobal = translateField("exp_global", 1, t -> t.expected().global() ? 1 : 0, step);
        UInt expCode = translateField("exp_error_code", 5, t -> t.expected().errorCode(), step);
        UInt expFinal = translateField("exp_npf_final", 1, t -> t.expected().npfFinal() ? 1 : 0, step);
        UInt expTable = translateField("exp_npf_table", 1, t -> t.expected().npfTable() ? 1 : 0, step);
        UInt expAddr = translateField("exp_fault_addr", faultAddrBits, t -> t.expected().faultAddr(), step);
        UInt expSource = translateField("exp_source", 2, t -> t.expected().source(), step);

        // ---------------------------------------------------------------- comparison
        Bool sameCode = rsp.errorCode.eq(expCode);
        Bool sameAddr = rsp.faultAddr.eq(expAddr);
        Bool translated = node("translated_ok", rsp.pa.eq(expPa).and(rsp.pageSize.eq(expSize)).and(rsp.perm.eq(expPerm))
                .and(rsp.dirty.eq(expDirty)).and(rsp.global.eq(expGlobal)));
        Bool pageFault = node("page_fault_ok", sameCode.and(sameAddr));
        Bool nestedFault = node("nested_fault_ok", sameCode.and(sameAddr)
                .and(rsp.npfFinal.eq(expFinal)).and(rsp.npfTable.eq(expTable)));
        Bool detail = mux(expFault.eq(0), translated, mux(expFault.eq(1), pageFault, nestedFault));
        Bool matches = node("answer_matches", rsp.fault.eq(expFault).and(rsp.source.eq(expSource)).and(detail));

        // ---------------------------------------------------------------- control
        final int issue = 0;
        final int await = 1;
        final int finished = 2;
        UInt phase = regInit("phase", lit(issue, 2));
        Bool issuing = node("issuing", phase.eq(issue));
        Bool awaiting = node("awaiting", phase.eq(await));
        req.valid.set(issuing.and(isFlush.not()));
        ctl.valid.set(issuing.and(isFlush));
        rsp.ready.set(awaiting);

        Bool answered = node("answered", awaiting.and(rsp.valid));
        Bool stepDone = node("step_done", issuing.and(isFlush).and(ctl.ready).or(answered));
        UInt watchdog = regInit("watchdog", lit(0, watchdogBits));
        Bool expired = node("expired", watchdog.andR());

        BcdCounter passes = instance("passes", () -> new BcdCounter(2));
        passes.inc.set(answered.and(matches));
        Bool mismatch = regInit("mismatch", lit(false));
        Bool hung = regInit("hung", lit(false));
        UInt reported = regInit("reported_step", lit(0, 8));

        when(answered.and(matches.not()).and(mismatch.not()), () -> {
            mismatch.set(true);
            reported.set(number);
        });
        when(stepDone, () -> {
            watchdog.set(0);
            when(step.eq(steps.size() - 1), () -> phase.set(finished))
                    .otherwise(() -> {
                        step.set(step.add(1));
                        phase.set(issue);
                    });
        }).elseWhen(issuing.and(isFlush.not()).and(req.ready), () -> {
            phase.set(await);
            watchdog.set(0);
        }).elseWhen(phase.ne(finished), () -> {
            when(expired, () -> {
                hung.set(true);
                reported.set(number);
                phase.set(finished);
            }).otherwise(() -> watchdog.set(watchdog.add(1)));
        });

        Bool over = node("over", phase.eq(finished));
        done.set(over);
        failed.set(mismatch);
        timeout.set(hung);
        passed.set(over.and(mismatch.not()).and(hung.not()));
        passDigit.get(0).set(passes.digit.get(0));
        passDigit.get(1).set(passes.digit.get(1));
        stepDigit.get(0).set(reported.bits(3, 0));
        stepDigit.get(1).set(reported.bits(7, 4));
    }

    /** The step's value of one field, from a ROM indexed by the step number. */
    private UInt rom(String name, int width, ToLongFunction<SelfTestStep> field, UInt step) {
        return romByIndex(name, width, i -> field.applyAsLong(steps.get(i)), step);
    }

    private UInt romByIndex(String name, int width, IntToLongFunction field, UInt step) {
        List<BigInteger> words = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) words.add(new BigInteger(Long.toUnsignedString(field.applyAsLong(i))));
        int depth = Math.max(2, 1 << step.width());
        return mem("rom_" + name, depth, uint(width)).initialize(words).read(step);
    }

    /** A field only translations have; 0 for flushes. */
    private UInt translateField(String name, int width, ToLongFunction<SelfTestStep.Translate> field, UInt step) {
        return rom(name, width, s -> s instanceof SelfTestStep.Translate t ? field.applyAsLong(t) : 0, step);
    }

    private static long va(SelfTestStep s) {
        return s instanceof SelfTestStep.Translate t ? t.va() : ((SelfTestStep.Flush) s).va();
    }

    private static long vmid(SelfTestStep s) {
        return s instanceof SelfTestStep.Translate t ? t.context().vmid() : ((SelfTestStep.Flush) s).vmid();
    }

    private static long asid(SelfTestStep s) {
        return s instanceof SelfTestStep.Translate t ? t.context().asid() : ((SelfTestStep.Flush) s).asid();
    }

    /** Two BCD digits. */
    static long bcd(int n) {
        return (long) (n / 10) << 4 | n % 10;
    }
}
