package nestmmu.hdl;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.cat;
import static nestmmu.hdl.Hw.fill;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.muxLookup;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vecOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import nestmmu.hdl.emit.Design;
import nestmmu.hdl.testing.Seeds;
import nestmmu.hdl.tools.IcarusSim;
import nestmmu.hdl.tools.Lint;

/**
 * Every operator at random widths, simulated, against arithmetic on BigIntegers: proves the width
 * rules and that the emitted Verilog never widens an expression by context.
 */
class OperatorsTest {
    /** Input values and widths of one vector. */
    record In(BigInteger a, BigInteger b, BigInteger s, boolean c, int wa, int wb) {
        BigInteger mask(int w) {
            return BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE);
        }

        BigInteger wrap(BigInteger v, int w) {
            return v.and(mask(w));
        }
    }

    /** Hardware inputs. */
    record Hw4(UInt a, UInt b, UInt s, Bool c) {}

    /** One operator: how to build it, its width under the documented rules, its value. */
    record Case(String name, Function<Hw4, UInt> hw, Function<In, Integer> width, Function<In, BigInteger> value) {}

    private static final int SHIFT_BITS = 3;

    private static List<Case> cases(int hi, int lo) {
        List<Case> c = new ArrayList<>();
        c.add(new Case("add", h -> h.a.add(h.b), i -> Math.max(i.wa, i.wb), i -> i.wrap(i.a.add(i.b), Math.max(i.wa, i.wb))));
        c.add(new Case("add_expand", h -> h.a.addExpand(h.b), i -> Math.max(i.wa, i.wb) + 1, i -> i.a.add(i.b)));
        c.add(new Case("sub", h -> h.a.sub(h.b), i -> Math.max(i.wa, i.wb), i -> i.wrap(i.a.subtract(i.b), Math.max(i.wa, i.wb))));
        c.add(new Case("mul", h -> h.a.mul(h.b), i -> i.wa + i.wb, i -> i.a.multiply(i.b)));
        c.add(new Case("and", h -> h.a.and(h.b), i -> Math.max(i.wa, i.wb), i -> i.a.and(i.b)));
        c.add(new Case("or", h -> h.a.or(h.b), i -> Math.max(i.wa, i.wb), i -> i.a.or(i.b)));
        c.add(new Case("xor", h -> h.a.xor(h.b), i -> Math.max(i.wa, i.wb), i -> i.a.xor(i.b)));
        c.add(new Case("not", h -> h.a.not(), i -> i.wa, i -> i.wrap(i.a.not(), i.wa)));
        c.add(new Case("eq", h -> h.a.eq(h.b), i -> 1, i -> bit(i.a.equals(i.b))));
        c.add(new Case("ne", h -> h.a.ne(h.b), i -> 1, i -> bit(!i.a.equals(i.b))));
        c.add(new Case("lt", h -> h.a.lt(h.b), i -> 1, i -> bit(i.a.compareTo(i.b) < 0)));
        c.add(new Case("le", h -> h.a.le(h.b), i -> 1, i -> bit(i.a.compareTo(i.b) <= 0)));
        c.add(new Case("gt", h -> h.a.gt(h.b), i -> 1, i -> bit(i.a.compareTo(i.b) > 0)));
        c.add(new Case("ge", h -> h.a.ge(h.b), i -> 1, i -> bit(i.a.compareTo(i.b) >= 0)));
        c.add(new Case("shl_const", h -> h.a.shl(3), i -> i.wa + 3, i -> i.a.shiftLeft(3)));
        c.add(new Case("shr_const", h -> h.a.shr(2), i -> Math.max(1, i.wa - 2), i -> i.a.shiftRight(2)));
        c.add(new Case("shl_dyn", h -> h.a.shl(h.s), i -> i.wa, i -> i.wrap(i.a.shiftLeft(i.s.intValue()), i.wa)));
        c.add(new Case("shr_dyn", h -> h.a.shr(h.s), i -> i.wa, i -> i.a.shiftRight(i.s.intValue())));
        c.add(new Case("or_r", h -> h.b.orR(), i -> 1, i -> bit(i.b.signum() != 0)));
        c.add(new Case("and_r", h -> h.b.andR(), i -> 1, i -> bit(i.b.equals(i.mask(i.wb)))));
        c.add(new Case("xor_r", h -> h.b.xorR(), i -> 1, i -> bit(i.b.bitCount() % 2 == 1)));
        c.add(new Case("bits", h -> h.a.bits(hi, lo), i -> hi - lo + 1, i -> i.a.shiftRight(lo).and(i.mask(hi - lo + 1))));
        c.add(new Case("cat", h -> cat(h.a, h.c, h.b), i -> i.wa + 1 + i.wb,
                i -> i.a.shiftLeft(i.wb + 1).or(bit(i.c).shiftLeft(i.wb)).or(i.b)));
        c.add(new Case("fill", h -> fill(3, h.b.bit(0)), i -> 3, i -> i.b.testBit(0) ? BigInteger.valueOf(7) : BigInteger.ZERO));
        c.add(new Case("pad", h -> h.b.pad(h.b.width() + 5), i -> i.wb + 5, In::b));
        c.add(new Case("mux", h -> mux(h.c, h.a, h.b), i -> Math.max(i.wa, i.wb), i -> i.c ? i.a : i.b));
        // the classic context-width trap: a wrapped sum compared with a wider value
        c.add(new Case("sum_lt_wide", h -> h.a.add(h.b).lt(cat(h.a, h.b)), i -> 1,
                i -> bit(i.wrap(i.a.add(i.b), Math.max(i.wa, i.wb)).compareTo(i.a.shiftLeft(i.wb).or(i.b)) < 0)));
        c.add(new Case("sum_shr", h -> h.a.add(h.b).shr(1), i -> Math.max(1, Math.max(i.wa, i.wb) - 1),
                i -> i.wrap(i.a.add(i.b), Math.max(i.wa, i.wb)).shiftRight(1)));
        c.add(new Case("not_bits", h -> h.a.not().bits(hi, lo), i -> hi - lo + 1,
                i -> i.wrap(i.a.not(), i.wa).shiftRight(lo).and(i.mask(hi - lo + 1))));
        c.add(new Case("select", h -> vecOf(h.a, h.b, h.a.xor(h.b)).at(h.s), i -> Math.max(i.wa, i.wb),
                i -> switch (i.s.intValue()) { case 0 -> i.a; case 1 -> i.b; default -> i.a.xor(i.b); }));
        // comparisons the widths decide become constants (Verilator warns about them otherwise)
        c.add(new Case("le_max", h -> h.s.le(7), i -> 1, i -> BigInteger.ONE));
        c.add(new Case("ge_zero", h -> h.s.ge(0), i -> 1, i -> BigInteger.ONE));
        c.add(new Case("lt_zero", h -> h.s.lt(0), i -> 1, i -> BigInteger.ZERO));
        c.add(new Case("max_lt", h -> lit(7, 3).lt(h.s), i -> 1, i -> BigInteger.ZERO));
        c.add(new Case("lookup", h -> muxLookup(h.s, lit(0, 4), Map.of(1, lit(9, 4), 5, lit(3, 4))), i -> 4,
                i -> BigInteger.valueOf(i.s.intValue() == 1 ? 9 : i.s.intValue() == 5 ? 3 : 0)));
        return c;
    }

    private static BigInteger bit(boolean b) {
        return b ? BigInteger.ONE : BigInteger.ZERO;
    }

    /** The first two runs pin the edges (1-bit operands, a 64-bit one); the rest draw widths. */
    @RepeatedTest(4)
    void operatorsMatchBigIntegerArithmetic(RepetitionInfo repetition) {
        SplittableRandom random = Seeds.random("OperatorsTest");
        int run = repetition.getCurrentRepetition();
        int wa = run == 1 ? 1 : run == 2 ? 64 : random.nextInt(1, 21);
        int wb = run == 1 ? 1 : run == 2 ? 7 : random.nextInt(1, 21);
        int lo = random.nextInt(wa);
        int hi = random.nextInt(lo, wa);
        List<Case> cases = cases(hi, lo);
        System.out.println("  widths a=" + wa + " b=" + wb + " bits(" + hi + ", " + lo + ")");

        Design design = Design.verilog(() -> new Module("ops") {{
            Hw4 h = new Hw4(input("a", uint(wa)), input("b", uint(wb)), input("s", uint(SHIFT_BITS)), input("c", bool()));
            for (Case k : cases) {
                UInt v = k.hw().apply(h);
                output(k.name(), uint(v.width())).set(v);
            }
        }});
        Lint.all(design);

        List<In> vectors = new ArrayList<>();
        List<Map<String, Long>> stimulus = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            In in = new In(new BigInteger(wa, new java.util.Random(random.nextLong())), new BigInteger(wb, new java.util.Random(random.nextLong())),
                    BigInteger.valueOf(random.nextInt(1 << SHIFT_BITS)), random.nextBoolean(), wa, wb);
            vectors.add(in);
            Map<String, Long> row = new LinkedHashMap<>();
            row.put("a_i", in.a.longValue());
            row.put("b_i", in.b.longValue());
            row.put("s_i", in.s.longValue());
            row.put("c_i", in.c ? 1L : 0L);
            stimulus.add(row);
        }
        List<Map<String, BigInteger>> out = IcarusSim.run(design, stimulus);
        for (Case k : cases) {
            assertThat(design.port(k.name() + "_o").width()).as("width of " + k.name()).isEqualTo(k.width().apply(vectors.get(0)));
            for (int n = 0; n < vectors.size(); n++) {
                assertThat(out.get(n).get(k.name() + "_o")).as(k.name() + " of " + vectors.get(n)).isEqualTo(k.value().apply(vectors.get(n)));
            }
        }
    }
}
