package nestmmu.hdl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nestmmu.hdl.ir.Expr;
import nestmmu.hdl.ir.Literal;
import nestmmu.hdl.ir.OpKind;

/**
 * Types, literals and the combinational building blocks that are not methods of a value:
 * {@code import static nestmmu.hdl.Hw.*;} and write {@code mux(sel, a, b)}, {@code cat(hi, lo)},
 * {@code uint(8)}, {@code vec(4, bool())}, {@code lit(5, 3)}.
 */
public final class Hw {
    private static final HwType<Bool> BOOL = f -> (Bool) f.ground(1, true);

    public static final Bool TRUE = new Bool(new Literal(BigInteger.ONE, 1));
    public static final Bool FALSE = new Bool(new Literal(BigInteger.ZERO, 1));

    private Hw() {}

    // ------------------------------------------------------------------ types

    public static HwType<UInt> uint(int width) {
        if (width < 1) throw ElaborationException.at(Locations.caller(), "a width must be at least 1, got " + width);
        return f -> f.ground(width, false);
    }

    public static HwType<Bool> bool() {
        return BOOL;
    }

    public static <T extends Data> HwType<Vec<T>> vec(int size, HwType<T> element) {
        return f -> f.vec(size, element);
    }

    // ------------------------------------------------------------------ literals

    /** {@code value} as a {@code width}-bit constant; it must fit (at width 64 a negative long means its unsigned bits). */
    public static UInt lit(long value, int width) {
        return new UInt(Ops.literal(Ops.unsigned(value, width), width, ""));
    }

    public static UInt lit(BigInteger value, int width) {
        return new UInt(Ops.literal(value, width, ""));
    }

    public static Bool lit(boolean value) {
        return value ? TRUE : FALSE;
    }

    public static UInt ones(int width) {
        return lit(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE), width);
    }

    /** A value of {@code type} with every bit 0, e.g. the reset value of a register of bundles. */
    public static <T extends Data> T zeros(HwType<T> type) {
        return Fields.build(type, "", spec -> UInt.wrap(new Literal(BigInteger.ZERO, spec.width()), spec.bool()));
    }

    // ------------------------------------------------------------------ multiplexers

    /**
     * {@code cond ? whenTrue : whenFalse}. Ground values of different widths are zero-extended to
     * the wider; aggregates must have the same fields and widths.
     */
    @SuppressWarnings("unchecked")
    public static <T extends Data> T mux(Bool cond, T whenTrue, T whenFalse) {
        if (whenTrue instanceof UInt a && whenFalse instanceof UInt b) {
            int w = Math.max(a.width(), b.width());
            Expr e = Ops.op(OpKind.MUX, w, cond.expr, Ops.pad(a.expr, w), Ops.pad(b.expr, w));
            return (T) UInt.wrap(e, a instanceof Bool && b instanceof Bool);
        }
        Shapes.requireIdentical(Builder.current("mux"), whenTrue, whenFalse, Locations.caller(), "mux");
        List<Leaf> a = whenTrue.leaves();
        List<Leaf> b = whenFalse.leaves();
        return Fields.rebuild(Data.typeOf(whenTrue), i -> Ops.op(OpKind.MUX, a.get(i).value().width(),
                cond.expr, a.get(i).value().expr, b.get(i).value().expr));
    }

    /** The value of the first case whose condition holds, else {@code otherwise} (a priority chain). */
    @SafeVarargs
    public static <T extends Data> T muxCase(T otherwise, Case<T>... cases) {
        List<Case<T>> list = new ArrayList<>();
        for (Case<T> c : cases) list.add(c);
        return muxCase(otherwise, list);
    }

    public static <T extends Data> T muxCase(T otherwise, List<Case<T>> cases) {
        T result = otherwise;
        for (int i = cases.size() - 1; i >= 0; i--) {
            result = mux(cases.get(i).condition(), cases.get(i).value(), result);
        }
        return result;
    }

    /** The value {@code table} holds for {@code key}, else {@code otherwise}; every key must fit in the key's width. */
    public static <K extends Number, T extends Data> T muxLookup(UInt key, T otherwise, Map<K, T> table) {
        TreeMap<Long, T> sorted = new TreeMap<>();
        table.forEach((k, v) -> sorted.put(k.longValue(), v));
        List<Case<T>> cases = new ArrayList<>();
        sorted.forEach((k, v) -> cases.add(Case.of(key.eq(k), v)));
        return muxCase(otherwise, cases);
    }

    // ------------------------------------------------------------------ bits

    /** Concatenation, first part most significant (Chisel's {@code Cat}). */
    public static UInt cat(UInt... parts) {
        return cat(Arrays.asList(parts));
    }

    public static UInt cat(List<? extends UInt> parts) {
        List<Expr> exprs = new ArrayList<>();
        for (UInt p : parts) exprs.add(p.expr);
        return new UInt(Ops.cat(exprs));
    }

    /** {@code n} copies of {@code x} side by side. */
    public static UInt fill(int n, UInt x) {
        if (n < 1) throw ElaborationException.at(Locations.caller(), "fill needs at least one copy, got " + n);
        return n == 1 ? x : new UInt(Ops.op(OpKind.FILL, n * x.width(), n, 0, x.expr));
    }

    /** A vector of existing values (Chisel's {@code VecInit}); ground values are zero-extended to the widest. */
    @SafeVarargs
    public static <T extends Data> Vec<T> vecOf(T... elements) {
        List<T> list = new ArrayList<>();
        for (T e : elements) list.add(e);
        return vecOf(list);
    }

    @SuppressWarnings("unchecked")
    public static <T extends Data> Vec<T> vecOf(List<T> elements) {
        if (elements.isEmpty()) throw ElaborationException.at(Locations.caller(), "a Vec needs at least one element");
        T first = elements.get(0);
        if (elements.stream().allMatch(e -> e instanceof UInt)) {
            int w = elements.stream().mapToInt(Data::width).max().orElseThrow();
            boolean bools = elements.stream().allMatch(e -> e instanceof Bool);
            List<T> padded = new ArrayList<>();
            for (T e : elements) padded.add((T) UInt.wrap(Ops.pad(((UInt) e).expr, w), bools));
            return Vec.of(padded, (HwType<T>) (bools ? bool() : uint(w)));
        }
        for (T e : elements) Shapes.requireIdentical(Builder.current("vecOf"), first, e, Locations.caller(), "put in one Vec");
        return Vec.of(elements, Data.typeOf(first));
    }

    /** Unpacks {@code bits} into a value of {@code type}, the inverse of {@link Data#asUInt()}. */
    public static <T extends Data> T fromUInt(HwType<T> type, UInt bits) {
        T layout = zeros(type);
        int total = layout.width();
        if (bits.width() > total) {
            throw ElaborationException.at(Locations.caller(), "width mismatch: " + Describe.sized(bits.expr, null)
                    + " does not fit in a " + total + "-bit value of this type; truncate it explicitly");
        }
        List<UInt> msbFirst = new ArrayList<>();
        layout.packInto(msbFirst);
        Map<UInt, Integer> lsb = new IdentityHashMap<>();
        int offset = total;
        for (UInt part : msbFirst) {
            offset -= part.width();
            lsb.put(part, offset);
        }
        Expr all = Ops.pad(bits.expr, total);
        List<Leaf> leaves = layout.leaves();
        return Fields.rebuild(type, i -> {
            UInt leaf = leaves.get(i).value();
            int lo = lsb.get(leaf);
            return Ops.extract(all, lo + leaf.width() - 1, lo);
        });
    }

    // ------------------------------------------------------------------ arithmetic on parameters

    /** Bits needed to count {@code n} different values (at least 1). */
    public static int log2Ceil(long n) {
        if (n < 1) throw new IllegalArgumentException("log2Ceil of " + n);
        return Math.max(1, 64 - Long.numberOfLeadingZeros(n - 1));
    }

    public static boolean isPow2(long n) {
        return n > 0 && (n & (n - 1)) == 0;
    }
}
