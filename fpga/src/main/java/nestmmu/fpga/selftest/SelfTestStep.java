package nestmmu.fpga.selftest;

import java.util.Locale;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.sim.model.Context;

/** One step of the self-test script: a translation checked against the model's answer, or a flush. */
public sealed interface SelfTestStep {
    /** What the step is for, in words (the script listing shows it). */
    String label();

    /** One request and the response the model gave to it. */
    record Translate(String label, Context context, long va, AccessType access, boolean user, ExpectedResponse expected)
            implements SelfTestStep {
        public String request() {
            String roots = context.mode() == Mode.NESTED
                    ? String.format(Locale.ROOT, "gcr3 0x%x ncr3 0x%x", context.root(), context.nestedRoot())
                    : String.format(Locale.ROOT, "cr3 0x%x", context.root());
            return String.format(Locale.ROOT, "%s vmid %d asid %d %s, %s %s va 0x%x", context.mode().label(), context.vmid(),
                    context.asid(), roots, user ? "user" : "supervisor", access.name().toLowerCase(Locale.ROOT), va);
        }
    }

    /** A flush on the control port. */
    record Flush(String label, FlushOp op, int vmid, int asid, long va) implements SelfTestStep {
        public String request() {
            return switch (op) {
                case ALL -> "flush all";
                case VMID -> "flush vmid " + vmid;
                case ASID -> "flush vmid " + vmid + " asid " + asid;
                case ADDRESS -> String.format(Locale.ROOT, "flush vmid %d asid %d va 0x%x", vmid, asid, va);
            };
        }
    }
}
