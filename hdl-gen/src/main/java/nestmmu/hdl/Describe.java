package nestmmu.hdl;

import java.util.Locale;

import nestmmu.hdl.ir.Expr;
import nestmmu.hdl.ir.Literal;
import nestmmu.hdl.ir.MemRead;
import nestmmu.hdl.ir.ModuleIr;
import nestmmu.hdl.ir.Op;
import nestmmu.hdl.ir.Signal;

/** Names hardware in error messages the way the Verilog will name it. */
final class Describe {
    private Describe() {}

    /** e.g. {@code input 'a_i'}, {@code 4-bit register 'count_q'}, {@code the add built at X.java:3}. */
    static String expr(Expr e, ModuleIr viewer) {
        if (e instanceof Signal s) {
            return s.kind().name().toLowerCase(Locale.ROOT).replace("reg", "register")
                    + " '" + s.describe(viewer == null ? s.owner() : viewer) + "'";
        }
        if (e instanceof Literal l) return "literal " + l.value();
        if (e instanceof MemRead r) return "the read of memory '" + r.array().name() + "' built at " + r.location();
        Op op = (Op) e;
        return "the " + op.kind().name().toLowerCase(Locale.ROOT) + " built at " + op.location();
    }

    static String sized(Expr e, ModuleIr viewer) {
        return e.width() + "-bit " + expr(e, viewer);
    }
}
