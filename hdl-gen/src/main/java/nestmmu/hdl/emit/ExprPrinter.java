package nestmmu.hdl.emit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import nestmmu.hdl.ir.Expr;
import nestmmu.hdl.ir.Literal;
import nestmmu.hdl.ir.MemArray;
import nestmmu.hdl.ir.MemRead;
import nestmmu.hdl.ir.Op;
import nestmmu.hdl.ir.OpKind;
import nestmmu.hdl.ir.Signal;

/**
 * Prints expressions as Verilog. Anonymous nodes print inline where they are used once; a node
 * used in several places, or whose bits are selected (Verilog cannot part-select an expression),
 * becomes a temporary wire {@code _tN}, numbered in the order the module text first needs it.
 *
 * <p>Usage: {@link #count} every root the module will print, then {@link #print} them in the
 * order they appear in the text, collecting each temporary's {@code assign} with
 * {@link #takeAssigns} just before the statement that needs it.
 */
final class ExprPrinter {
    /** A temporary: its name and width, and whether some of its bits are never read (a lint waiver). */
    record Temp(String name, int width, boolean partlyRead) {}

    private static final int WRAP_AT = 100;

    private final Function<Signal, String> signalName;
    private final Function<MemArray, String> arrayName;
    private final Namespace names;
    private final Map<Expr, Integer> uses = new IdentityHashMap<>();
    private final Map<Expr, BitSet> bitsRead = new IdentityHashMap<>();
    private final Set<Expr> selected = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Expr, String> tempNames = new IdentityHashMap<>();
    private final List<Temp> temps = new ArrayList<>();
    private final List<String> pendingAssigns = new ArrayList<>();
    private int nextTemp;

    ExprPrinter(Function<Signal, String> signalName, Function<MemArray, String> arrayName, Namespace names) {
        this.signalName = signalName;
        this.arrayName = arrayName;
        this.names = names;
    }

    /** Records one place where {@code root} will be printed. */
    void count(Expr root) {
        use(root, null);
    }

    private void use(Expr e, Op parent) {
        if (e instanceof Signal || e instanceof Literal) return;
        BitSet bits = bitsRead.computeIfAbsent(e, k -> new BitSet());
        if (parent != null && parent.kind() == OpKind.EXTRACT) {
            bits.set(parent.lo(), parent.hi() + 1);
            selected.add(e);
        } else {
            bits.set(0, e.width());
        }
        if (uses.merge(e, 1, Integer::sum) > 1) return;
        if (e instanceof MemRead r) {
            use(r.address(), null);
        } else {
            Op op = (Op) e;
            if (op.kind() == OpKind.SELECT) {
                // the chain compares the index once per option but the last
                for (int i = 2; i < op.args().size(); i++) use(op.arg(0), op);
                for (int i = 1; i < op.args().size(); i++) use(op.arg(i), op);
            } else {
                for (Expr a : op.args()) use(a, op);
            }
        }
    }

    private boolean hoisted(Expr e) {
        if (!(e instanceof Op || e instanceof MemRead)) return false;
        if (selected.contains(e)) return true;
        return uses.getOrDefault(e, 0) > 1 && !cheap(e);
    }

    /**
     * Short enough to repeat: a part-select, zero-extension or inversion of a named signal, or a
     * named signal compared with a constant ({@code way == 2'd1}).
     */
    private static boolean cheap(Expr e) {
        if (!(e instanceof Op op) || !(op.arg(0) instanceof Signal)) return false;
        return switch (op.kind()) {
            case EXTRACT, PAD, NOT -> true;
            case EQ, NE -> op.arg(1) instanceof Literal;
            default -> false;
        };
    }

    /**
     * The Verilog text of {@code e} as a whole right-hand side or condition. A long concatenation
     * or conditional chain comes on several lines; continuation lines carry a relative indent.
     */
    String print(Expr e) {
        String flat = render(e, false);
        if (flat.length() <= WRAP_AT || !(e instanceof Op op) || hoisted(e)) return flat;
        if (op.kind() == OpKind.CAT) {
            List<String> parts = op.args().stream().map(a -> "  " + render(a, false)).toList();
            return "{\n" + String.join(",\n", parts) + "\n}";
        }
        if (op.kind() == OpKind.MUX || op.kind() == OpKind.SELECT) return String.join(" :\n  ", arms(op));
        return flat;
    }

    /** The arms {@code cond ? value} of a conditional chain, then its final else-value. */
    private List<String> arms(Op head) {
        List<String> arms = new ArrayList<>();
        Expr e = head;
        while (e instanceof Op op && (e == head || !hoisted(e))) {
            if (op.kind() == OpKind.MUX || isBitSelect(op)) {
                int t = op.kind() == OpKind.MUX ? 1 : 2;
                arms.add(render(op.arg(0), true) + " ? " + render(op.arg(t), true));
                e = op.arg(3 - t);
            } else if (op.kind() == OpKind.SELECT) {
                String idx = render(op.arg(0), true);
                int last = op.args().size() - 1;
                for (int k = 1; k < last; k++) {
                    arms.add(idx + " == " + Literals.format(BigInteger.valueOf(k - 1), op.arg(0).width())
                            + " ? " + render(op.arg(k), true));
                }
                e = op.arg(last);
            } else {
                break;
            }
        }
        arms.add(render(e, true));
        return arms;
    }

    /** A select by a single bit: {@code idx ? option1 : option0}. */
    private static boolean isBitSelect(Op op) {
        return op.kind() == OpKind.SELECT && op.arg(0).width() == 1 && op.args().size() == 3;
    }

    /** {@code e} as an operand of a larger expression: parenthesized unless it is atomic. */
    String printOperand(Expr e) {
        return render(e, true);
    }

    /** {@code !e} for a 1-bit condition. */
    String printNot(Expr e) {
        return "!" + unaryOperand(e);
    }

    /** The operand of a unary operator; Icarus (11) rejects two unary operators in a row ({@code !!x}), so one is parenthesized. */
    private String unaryOperand(Expr e) {
        String s = render(e, true);
        return s.startsWith("!") || s.startsWith("~") || s.startsWith("&") || s.startsWith("|") || s.startsWith("^") ? "(" + s + ")" : s;
    }

    /** The {@code assign} lines of temporaries printed since the last call, inner ones first. */
    List<String> takeAssigns() {
        List<String> out = List.copyOf(pendingAssigns);
        pendingAssigns.clear();
        return out;
    }

    List<Temp> temps() {
        return Collections.unmodifiableList(temps);
    }

    private String render(Expr e, boolean operand) {
        if (e instanceof Signal s) return signalName.apply(s);
        if (e instanceof Literal l) return Literals.format(l);
        if (hoisted(e)) return temp(e);
        return body(e, operand);
    }

    private String temp(Expr e) {
        String name = tempNames.get(e);
        if (name != null) return name;
        String text = body(e, false);
        name = names.fresh("_t" + nextTemp++);
        tempNames.put(e, name);
        BitSet read = bitsRead.get(e);
        temps.add(new Temp(name, e.width(), read.cardinality() < e.width()));
        pendingAssigns.add("assign " + name + " = " + text + ";");
        return name;
    }

    private String body(Expr e, boolean operand) {
        if (e instanceof MemRead r) return arrayName.apply(r.array()) + "[" + render(r.address(), false) + "]";
        Op op = (Op) e;
        String text = switch (op.kind()) {
            case ADD -> binary(op, "+");
            case SUB -> binary(op, "-");
            case MUL -> binary(op, "*");
            case AND -> binary(op, "&");
            case OR -> binary(op, "|");
            case XOR -> binary(op, "^");
            case EQ -> binary(op, "==");
            case NE -> binary(op, "!=");
            case LT -> binary(op, "<");
            case LE -> binary(op, "<=");
            case GT -> binary(op, ">");
            case GE -> binary(op, ">=");
            case SHL -> binary(op, "<<");
            case SHR -> binary(op, ">>");
            case NOT -> (op.width() == 1 ? "!" : "~") + unaryOperand(op.arg(0));
            case AND_REDUCE -> "&" + unaryOperand(op.arg(0));
            case OR_REDUCE -> "|" + unaryOperand(op.arg(0));
            case XOR_REDUCE -> "^" + unaryOperand(op.arg(0));
            case MUX -> render(op.arg(0), true) + " ? " + render(op.arg(1), true) + " : " + tail(op.arg(2));
            case SELECT -> select(op);
            case CAT -> "{" + String.join(", ", op.args().stream().map(a -> render(a, false)).toList()) + "}";
            case FILL -> "{" + op.count() + "{" + render(op.arg(0), true) + "}}";
            case EXTRACT -> render(op.arg(0), true) + (op.hi() == op.lo() ? "[" + op.lo() + "]" : "[" + op.hi() + ":" + op.lo() + "]");
            case PAD -> "{" + Literals.format(BigInteger.ZERO, op.width() - op.arg(0).width()) + ", " + render(op.arg(0), false) + "}";
        };
        return operand && compound(op.kind()) ? "(" + text + ")" : text;
    }

    private String binary(Op op, String operator) {
        return render(op.arg(0), true) + " " + operator + " " + render(op.arg(1), true);
    }

    /** The else-arm of a conditional: a further conditional reads as a chain without parentheses. */
    private String tail(Expr e) {
        boolean chain = e instanceof Op op && (op.kind() == OpKind.MUX || op.kind() == OpKind.SELECT) && !hoisted(e);
        return render(e, !chain);
    }

    private String select(Op op) {
        if (isBitSelect(op)) return render(op.arg(0), true) + " ? " + render(op.arg(2), true) + " : " + tail(op.arg(1));
        Expr index = op.arg(0);
        String idx = render(index, true);
        StringBuilder b = new StringBuilder();
        int last = op.args().size() - 1;
        for (int k = 1; k < last; k++) {
            b.append(idx).append(" == ").append(Literals.format(BigInteger.valueOf(k - 1), index.width()))
                    .append(" ? ").append(render(op.arg(k), true)).append(" : ");
        }
        return b.append(render(op.arg(last), true)).toString();
    }

    private static boolean compound(OpKind kind) {
        return switch (kind) {
            case NOT, CAT, FILL, EXTRACT, PAD -> false;
            default -> true;
        };
    }
}
