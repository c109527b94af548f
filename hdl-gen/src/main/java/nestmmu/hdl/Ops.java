package nestmmu.hdl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nestmmu.hdl.ir.Expr;
import nestmmu.hdl.ir.Literal;
import nestmmu.hdl.ir.MemRead;
import nestmmu.hdl.ir.ModuleIr;
import nestmmu.hdl.ir.Op;
import nestmmu.hdl.ir.OpKind;
import nestmmu.hdl.ir.Signal;
import nestmmu.hdl.ir.SourceLocation;

/**
 * Creates operation nodes in the module being built, after checking that every operand is
 * visible there, and pads operands so that no backend has to reason about Verilog's
 * context-dependent widths.
 */
final class Ops {
    private Ops() {}

    static Op op(OpKind kind, int width, int hi, int lo, Expr... args) {
        Module m = Builder.current("an operation");
        SourceLocation loc = Locations.caller();
        for (Expr a : args) requireVisible(m.ir(), a, loc);
        return new Op(kind, Arrays.asList(args), width, hi, lo, m.ir(), loc);
    }

    static Op op(OpKind kind, int width, Expr... args) {
        return op(kind, width, 0, 0, args);
    }

    /** An error unless {@code e} may be read in {@code here}: its own hardware or a port of one of its instances. */
    static void requireVisible(ModuleIr here, Expr e, SourceLocation loc) {
        ModuleIr owner;
        if (e instanceof Literal) return;
        if (e instanceof Signal s) {
            owner = s.owner();
            if (owner == here || (s.isPort() && owner.parent() == here)) return;
            String where = owner.instanceName() == null ? "module '" + owner.name() + "'"
                    : "instance '" + owner.instanceName() + "' of module '" + owner.name() + "'";
            throw ElaborationException.at(loc, Describe.expr(e, owner) + " belongs to " + where
                    + " and is not visible in module '" + here.name()
                    + "': a module sees its own signals and the ports of its own instances");
        }
        owner = e instanceof Op op ? op.owner() : ((MemRead) e).array().owner();
        if (owner != here) {
            throw ElaborationException.at(loc, Describe.expr(e, owner) + " belongs to module '" + owner.name()
                    + "' and cannot be used in module '" + here.name() + "'");
        }
    }

    /** Zero-extends {@code e} to {@code width} bits (which is at least its width). */
    static Expr pad(Expr e, int width) {
        if (e.width() == width) return e;
        if (e instanceof Literal l) return new Literal(l.value(), width);
        return op(OpKind.PAD, width, e);
    }

    /**
     * Bits hi..lo of {@code e}. Folds what would otherwise need a named temporary in Verilog:
     * bits of a literal, bits of bits, and bits of a zero-extension.
     */
    static Expr extract(Expr e, int hi, int lo) {
        if (lo == 0 && hi == e.width() - 1) return e;
        if (e instanceof Literal l) {
            BigInteger mask = BigInteger.ONE.shiftLeft(hi - lo + 1).subtract(BigInteger.ONE);
            return new Literal(l.value().shiftRight(lo).and(mask), hi - lo + 1);
        }
        if (e instanceof Op op && op.kind() == OpKind.EXTRACT) {
            return extract(op.arg(0), hi + op.lo(), lo + op.lo());
        }
        if (e instanceof Op op && op.kind() == OpKind.CAT) {
            List<Expr> pieces = new ArrayList<>();
            int partLo = e.width();
            for (Expr part : op.args()) {
                partLo -= part.width();
                int partHi = partLo + part.width() - 1;
                if (partHi < lo || partLo > hi) continue;
                pieces.add(extract(part, Math.min(hi, partHi) - partLo, Math.max(lo, partLo) - partLo));
            }
            return cat(pieces);
        }
        if (e instanceof Op op && op.kind() == OpKind.PAD) {
            int inner = op.arg(0).width();
            if (lo >= inner) return new Literal(BigInteger.ZERO, hi - lo + 1);
            if (hi < inner) return extract(op.arg(0), hi, lo);
            return pad(extract(op.arg(0), inner - 1, lo), hi - lo + 1);
        }
        return op(OpKind.EXTRACT, hi - lo + 1, hi, lo, e);
    }

    /** A binary operation on operands extended to the wider width; the result has that width. */
    static Expr sameWidth(OpKind kind, Expr a, Expr b) {
        int w = Math.max(a.width(), b.width());
        return op(kind, w, pad(a, w), pad(b, w));
    }

    static Expr compare(OpKind kind, Expr a, Expr b) {
        if (a.width() == 1 && b instanceof Literal l && b.width() == 1 && (kind == OpKind.EQ || kind == OpKind.NE)) {
            // x == 1 is x, x == 0 is !x: keeps conditions on single bits readable
            boolean same = (kind == OpKind.EQ) == (l.value().signum() != 0);
            return same ? a : (a instanceof Literal la ? new Literal(BigInteger.ONE.xor(la.value()), 1) : op(OpKind.NOT, 1, a));
        }
        Boolean constant = constantComparison(kind, a, b);
        if (constant != null) return new Literal(constant ? BigInteger.ONE : BigInteger.ZERO, 1);
        int w = Math.max(a.width(), b.width());
        return op(kind, 1, pad(a, w), pad(b, w));
    }

    /**
     * The result of a comparison that the operand widths already decide ({@code x >= 0},
     * {@code x <= 15} for 4-bit x, ...), else null. Verilator warns about such comparisons
     * (CMPCONST, UNSIGNED), so they never reach the Verilog.
     */
    private static Boolean constantComparison(OpKind kind, Expr a, Expr b) {
        if (a instanceof Literal la && b instanceof Literal lb) {
            int c = la.value().compareTo(lb.value());
            return switch (kind) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
                default -> throw new IllegalArgumentException(kind.name());
            };
        }
        if (b instanceof Literal lb) return againstBound(kind, a.width(), lb.value());
        if (a instanceof Literal la) {
            OpKind mirrored = switch (kind) {
                case LT -> OpKind.GT;
                case LE -> OpKind.GE;
                case GT -> OpKind.LT;
                case GE -> OpKind.LE;
                default -> kind;
            };
            return againstBound(mirrored, b.width(), la.value());
        }
        return null;
    }

    /** {@code x kind c} for every x of {@code width} bits, if it is the same for all of them. */
    private static Boolean againstBound(OpKind kind, int width, BigInteger c) {
        BigInteger max = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
        boolean zero = c.signum() == 0;
        int vsMax = c.compareTo(max);
        return switch (kind) {
            case LT -> zero ? Boolean.FALSE : vsMax > 0 ? Boolean.TRUE : null;
            case LE -> vsMax >= 0 ? Boolean.TRUE : null;
            case GT -> vsMax >= 0 ? Boolean.FALSE : null;
            case GE -> zero ? Boolean.TRUE : vsMax > 0 ? Boolean.FALSE : null;
            case EQ -> vsMax > 0 ? Boolean.FALSE : null;
            case NE -> vsMax > 0 ? Boolean.TRUE : null;
            default -> null;
        };
    }

    static Expr cat(List<Expr> parts) {
        if (parts.isEmpty()) throw ElaborationException.at(Locations.caller(), "cat of nothing");
        if (parts.size() == 1) return parts.get(0);
        int w = 0;
        for (Expr p : parts) w += p.width();
        return op(OpKind.CAT, w, parts.toArray(Expr[]::new));
    }

    /** The option {@code index} selects; options the index cannot reach are left out. */
    static Expr select(Expr index, List<Expr> options) {
        List<Expr> args = new ArrayList<>();
        args.add(index);
        long reachable = index.width() >= 31 ? Long.MAX_VALUE : 1L << index.width();
        args.addAll(options.subList(0, (int) Math.min(options.size(), reachable)));
        if (args.size() == 2) return args.get(1);
        return op(OpKind.SELECT, options.get(0).width(), args.toArray(Expr[]::new));
    }

    /** A literal of {@code width} bits, or an error naming {@code forWhat} when it does not fit. */
    static Literal literal(BigInteger value, int width, String forWhat) {
        if (width < 1) {
            throw ElaborationException.at(Locations.caller(), "a width must be at least 1, got " + width);
        }
        if (value.signum() < 0 || value.bitLength() > width) {
            throw ElaborationException.at(Locations.caller(), "width mismatch: literal " + value
                    + " does not fit in " + width + " bits" + (forWhat.isEmpty() ? "" : " of " + forWhat));
        }
        return new Literal(value, width);
    }

    /** {@code value} as the unsigned number its 64 bits spell when negative and {@code width} is 64. */
    static BigInteger unsigned(long value, int width) {
        BigInteger v = BigInteger.valueOf(value);
        return value < 0 && width == 64 ? v.add(BigInteger.ONE.shiftLeft(64)) : v;
    }
}
