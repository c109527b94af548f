package nestmmu.hdl.check;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import nestmmu.hdl.ir.Expr;
import nestmmu.hdl.ir.Literal;
import nestmmu.hdl.ir.MemArray;
import nestmmu.hdl.ir.MemRead;
import nestmmu.hdl.ir.Op;
import nestmmu.hdl.ir.OpKind;
import nestmmu.hdl.ir.Signal;
import nestmmu.hdl.ir.SourceLocation;

/**
 * Which bits of which signals the emitted Verilog reads, counted the way Verilator's UNUSED
 * check counts them: a constant part-select of a signal reads those bits, any other reference
 * reads them all. Also records which memories are read and where each signal is first read.
 */
final class BitUsage {
    private final Map<Signal, BitSet> bits = new HashMap<>();
    private final Map<Signal, SourceLocation> firstRead = new HashMap<>();
    private final Set<MemArray> readArrays = new HashSet<>();
    private final Set<Expr> visited = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private SourceLocation currentRoot;

    void read(Expr root, SourceLocation at) {
        currentRoot = at;
        visit(root);
    }

    private void visit(Expr e) {
        if (e instanceof Signal s) {
            mark(s, 0, s.width() - 1);
        } else if (e instanceof MemRead r) {
            readArrays.add(r.array());
            visit(r.address());
        } else if (e instanceof Op op) {
            if (!visited.add(op)) return;
            if (op.kind() == OpKind.EXTRACT && op.arg(0) instanceof Signal s) {
                mark(s, op.lo(), op.hi());
            } else {
                for (Expr a : op.args()) visit(a);
            }
        } else if (!(e instanceof Literal)) {
            throw new IllegalStateException("unknown expression " + e);
        }
    }

    /** Counts {@code s} as read in full (a register's hold path reads it). */
    void readAll(Signal s, SourceLocation at) {
        currentRoot = at;
        mark(s, 0, s.width() - 1);
    }

    private void mark(Signal s, int lo, int hi) {
        bits.computeIfAbsent(s, k -> new BitSet()).set(lo, hi + 1);
        firstRead.putIfAbsent(s, currentRoot);
    }

    boolean isRead(Signal s) {
        return bits.containsKey(s);
    }

    boolean isRead(MemArray a) {
        return readArrays.contains(a);
    }

    SourceLocation firstRead(Signal s) {
        return firstRead.get(s);
    }

    /** The bits never read, as {@code [hi:lo]} ranges from the top; empty when all are read. */
    String unreadRanges(Signal s) {
        BitSet used = bits.getOrDefault(s, new BitSet());
        StringBuilder out = new StringBuilder();
        int hi = s.width() - 1;
        while (hi >= 0) {
            int top = used.previousClearBit(hi);
            if (top < 0) break;
            int bottom = used.previousSetBit(top) + 1;
            if (out.length() > 0) out.append(", ");
            out.append(top == bottom ? "[" + top + "]" : "[" + top + ":" + bottom + "]");
            hi = bottom - 1;
        }
        return out.toString();
    }
}
