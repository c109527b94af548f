package nestmmu.hdl;

import java.util.List;
import java.util.stream.Collectors;

import nestmmu.hdl.ir.SourceLocation;

/** Checks that two values have the same fields in the same order, the precondition of leaf-wise operations. */
final class Shapes {
    private Shapes() {}

    static void requireSame(Module m, Data a, Data b, SourceLocation loc, String what) {
        List<Leaf> la = a.leaves();
        List<Leaf> lb = b.leaves();
        boolean same = la.size() == lb.size();
        for (int i = 0; same && i < la.size(); i++) {
            same = la.get(i).path().equals(lb.get(i).path()) && la.get(i).flipped() == lb.get(i).flipped();
        }
        if (!same) {
            throw ElaborationException.at(loc, "type mismatch: cannot " + what + " " + describe(m, a)
                    + " and " + describe(m, b) + ": their fields differ");
        }
    }

    /** Like {@link #requireSame}, and every pair of leaves has the same width too. */
    static void requireIdentical(Module m, Data a, Data b, SourceLocation loc, String what) {
        requireSame(m, a, b, loc, what);
        List<Leaf> la = a.leaves();
        List<Leaf> lb = b.leaves();
        for (int i = 0; i < la.size(); i++) {
            if (la.get(i).value().width() != lb.get(i).value().width()) {
                throw ElaborationException.at(loc, "width mismatch: cannot " + what + " "
                        + describe(m, a) + " and " + describe(m, b) + ": field '" + la.get(i).path()
                        + "' is " + la.get(i).value().width() + " bits in one and "
                        + lb.get(i).value().width() + " in the other");
            }
        }
    }

    static String describe(Module m, Data d) {
        List<Leaf> leaves = d.leaves();
        if (leaves.size() == 1 && leaves.get(0).path().isEmpty()) {
            return Describe.expr(leaves.get(0).value().expr, m == null ? null : m.ir());
        }
        return d.getClass().getSimpleName() + " {" + leaves.stream().map(Leaf::path).collect(Collectors.joining(", ")) + "}";
    }
}
