package nestmmu.hdl;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import nestmmu.hdl.ir.Block;
import nestmmu.hdl.ir.Connect;
import nestmmu.hdl.ir.Expr;
import nestmmu.hdl.ir.Instance;
import nestmmu.hdl.ir.Literal;
import nestmmu.hdl.ir.MemArray;
import nestmmu.hdl.ir.ModuleIr;
import nestmmu.hdl.ir.Op;
import nestmmu.hdl.ir.OpKind;
import nestmmu.hdl.ir.Signal;
import nestmmu.hdl.ir.SourceLocation;
import nestmmu.hdl.ir.Stmt;
import nestmmu.hdl.ir.When;

/**
 * A hardware module, described in its constructor (like a Chisel {@code Module}): declare ports,
 * wires, registers and memories, connect them, place instances. Every module gets one clock
 * {@code clk_i} and one synchronous, active-high reset {@code rst_i}; they appear in the Verilog
 * only when something uses them.
 *
 * <pre>{@code
 * final class Blinker extends Module {
 *     final Bool led;
 *     Blinker() {
 *         super("blinker");
 *         led = output("led", bool());
 *         UInt count = regInit("count", lit(0, 24));
 *         count.set(count.add(1));
 *         led.set(count.bit(23));
 *     }
 * }
 * Design d = Design.verilog(Blinker::new);
 * }</pre>
 *
 * Create modules only through {@link #instance} or {@link Circuit#elaborate}, which run the
 * constructor inside the right scope.
 */
public abstract class Module {
    private final ModuleIr ir;
    private final Deque<Block> blocks = new ArrayDeque<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> portNames = new HashSet<>();
    /** {@code index == k} per index node and k, shared by every leaf a dynamic-index write drives. */
    private final Map<Expr, Map<Integer, Expr>> indexHits = new IdentityHashMap<>();

    protected Module(String name) {
        Names.requireIdentifier(name, "module name");
        String generator = getClass().getSimpleName();
        ir = new ModuleIr(name, generator.isEmpty() ? name : generator, Locations.caller());
        blocks.push(ir.body());
        Builder.enter(this);
    }

    public final String name() {
        return ir.name();
    }

    final ModuleIr ir() {
        return ir;
    }

    // ------------------------------------------------------------------ ports

    /** An input port; the fields flipped in {@code type} become outputs (e.g. {@code ready} of a valid/ready input). */
    public final <T extends Data> T input(String name, HwType<T> type) {
        return port(name, type, false);
    }

    /** An output port; the flipped fields of {@code type} become inputs. */
    public final <T extends Data> T output(String name, HwType<T> type) {
        return port(name, type, true);
    }

    private <T extends Data> T port(String name, HwType<T> type, boolean output) {
        requireCurrent("a port");
        Names.requireNamePart(name, "port name");
        SourceLocation loc = Locations.caller();
        return Fields.build(type, name, spec -> {
            boolean out = output ^ spec.flipped();
            Signal s = new Signal(out ? Signal.Kind.OUTPUT : Signal.Kind.INPUT, spec.path(), spec.width(), ir, loc);
            if (!portNames.add(s.verilogName()) || s.verilogName().equals("clk_i") || s.verilogName().equals("rst_i")) {
                throw ElaborationException.at(loc, "duplicate port '" + s.verilogName() + "' in module '" + name() + "'");
            }
            ir.addPort(s);
            return UInt.wrap(s, spec.bool());
        });
    }

    /** This module's synchronous, active-high reset, to use in logic. */
    public final Bool reset() {
        requireCurrent("reset");
        return new Bool(ir.resetSignal(Locations.caller()));
    }

    // ------------------------------------------------------------------ state and wires

    /** A combinational signal; it must be driven on every path before anyone reads it. */
    public final <T extends Data> T wire(String name, HwType<T> type) {
        return declare(name, type, Signal.Kind.WIRE);
    }

    /** A register without reset; it keeps its value unless driven. */
    public final <T extends Data> T reg(String name, HwType<T> type) {
        return declare(name, type, Signal.Kind.REG);
    }

    /** A register of {@code init}'s type that takes the value {@code init} while reset is high. */
    public final <T extends Data> T regInit(String name, T init) {
        T r = reg(name, Data.typeOf(init));
        SourceLocation loc = Locations.caller();
        eachLeaf(r, init, (s, v) -> {
            Ops.requireVisible(ir, v, loc);
            s.setInit(Ops.pad(v, s.width()));
        });
        return r;
    }

    /**
     * A register without reset that holds {@code value} (a constant) when an FPGA has just been
     * configured: the Verilog declaration {@code reg [3:0] x_q = 4'd0;}. FPGAs load every
     * flip-flop as they configure, ASICs do not: use it only in FPGA tops, for what must work
     * before any reset exists, such as the counter of a power-on reset.
     */
    public final <T extends Data> T regPowerOn(String name, T value) {
        T r = reg(name, Data.typeOf(value));
        SourceLocation loc = Locations.caller();
        eachLeaf(r, value, (s, v) -> {
            if (!(v instanceof Literal l)) {
                throw ElaborationException.at(loc, "the power-on value of register '" + s.verilogName() + "' must be a constant");
            }
            s.setPowerOn(new Literal(l.value(), s.width()));
        });
        return r;
    }

    /** Each register signal of {@code register} with the matching leaf of {@code value} (same type). */
    private static void eachLeaf(Data register, Data value, BiConsumer<Signal, Expr> action) {
        List<Leaf> regs = register.leaves();
        List<Leaf> values = value.leaves();
        for (int i = 0; i < regs.size(); i++) action.accept((Signal) regs.get(i).value().expr, values.get(i).value().expr);
    }

    /** {@code next} delayed by one cycle (Chisel's {@code RegNext}). */
    public final <T extends Data> T regNext(String name, T next) {
        return driven(reg(name, Data.typeOf(next)), next);
    }

    /** {@code next} delayed by one cycle, {@code init} during reset. */
    public final <T extends Data> T regNext(String name, T next, T init) {
        return driven(regInit(name, init), next);
    }

    /** A register that loads {@code next} when {@code enable} holds (Chisel's {@code RegEnable}). */
    public final <T extends Data> T regEnable(String name, T next, Bool enable) {
        T r = reg(name, Data.typeOf(next));
        when(enable, () -> r.set(next));
        return r;
    }

    public final <T extends Data> T regEnable(String name, T next, T init, Bool enable) {
        T r = regInit(name, init);
        when(enable, () -> r.set(next));
        return r;
    }

    /** Gives {@code value} a name in the Verilog: a wire driven by it. */
    public final <T extends Data> T node(String name, T value) {
        return driven(wire(name, Data.typeOf(value)), value);
    }

    private static <T extends Data> T driven(T sink, T value) {
        sink.set(value);
        return sink;
    }

    /** A memory of {@code depth} words (at least 2). */
    public final <T extends Data> Mem<T> mem(String name, int depth, HwType<T> type) {
        requireCurrent("a memory");
        SourceLocation loc = Locations.caller();
        if (depth < 2) throw ElaborationException.at(loc, "memory '" + name + "' needs at least 2 words, got " + depth);
        String n = declareName(name);
        List<MemArray> arrays = new ArrayList<>();
        T shape = Fields.build(type, n, spec -> {
            Names.requireNotKeyword(spec.path(), "memory name", loc);
            MemArray a = new MemArray(spec.path(), depth, spec.width(), ir, loc);
            ir.declare(a);
            arrays.add(a);
            return UInt.wrap(new Literal(BigInteger.ZERO, spec.width()), spec.bool());
        });
        return new Mem<>(this, n, depth, type, shape, arrays);
    }

    private <T extends Data> T declare(String name, HwType<T> type, Signal.Kind kind) {
        requireCurrent(kind == Signal.Kind.REG ? "a register" : "a wire");
        SourceLocation loc = Locations.caller();
        return Fields.build(type, declareName(name), spec -> {
            if (kind == Signal.Kind.WIRE) Names.requireNotKeyword(spec.path(), "name", loc);
            Signal s = new Signal(kind, spec.path(), spec.width(), ir, loc);
            ir.declare(s);
            return UInt.wrap(s, spec.bool());
        });
    }

    /**
     * {@code name}, or {@code name_1}, {@code name_2}, ... when a wire, register, memory or instance
     * has it already. Keywords are checked where a name reaches the Verilog unchanged.
     */
    private String declareName(String name) {
        Names.requireNamePart(name, "name");
        String n = name;
        for (int i = 1; !names.add(n); i++) n = name + "_" + i;
        return n;
    }

    // ------------------------------------------------------------------ conditions

    /**
     * Runs {@code body} so that its connections hold only when {@code condition} does
     * (Chisel's {@code when}); chain {@code .elseWhen(...)} and {@code .otherwise(...)}.
     */
    public final WhenChain when(Bool condition, Runnable body) {
        requireCurrent("when");
        SourceLocation loc = Locations.caller();
        Ops.requireVisible(ir, condition.expr, loc);
        When w = new When(condition.expr, new Block(), new Block(), loc);
        addStatement(w);
        inBlock(w.then(), () -> {
            body.run();
            return null;
        });
        return new WhenChain(this, w);
    }

    <R> R inBlock(Block block, Supplier<R> body) {
        blocks.push(block);
        try {
            return body.get();
        } finally {
            blocks.pop();
        }
    }

    void addStatement(Stmt s) {
        blocks.peek().add(s);
    }

    // ------------------------------------------------------------------ instances

    /**
     * Places a submodule: {@code Queue<UInt> q = instance("q", () -> new Queue<>(4, uint(8)));}.
     * The parent then drives the instance's inputs and reads its outputs through the ports.
     */
    public final <M extends Module> M instance(String name, Supplier<M> factory) {
        return place(name, null, factory, Locations.caller());
    }

    /**
     * Places a submodule whose reset is {@code reset} instead of this module's own (Chisel's
     * {@code withReset(r) { Module(...) }}): a board top that makes its reset from a power-on
     * counter has no reset input of its own. {@code reset} must be a wire, register or input of
     * this module ({@link #node} names an expression); it stays synchronous and active high.
     */
    public final <M extends Module> M instance(String name, Bool reset, Supplier<M> factory) {
        SourceLocation loc = Locations.caller();
        if (!(reset.expr instanceof Signal s) || s.owner() != ir || s.kind() == Signal.Kind.OUTPUT) {
            throw ElaborationException.at(loc, "the reset of instance '" + name + "' must be a wire, register or input of module '"
                    + name() + "'; name an expression with node()");
        }
        return place(name, s, factory, loc);
    }

    private <M extends Module> M place(String name, Signal reset, Supplier<M> factory, SourceLocation loc) {
        requireCurrent("instance");
        String n = declareName(name);
        Names.requireNotKeyword(n, "instance name", loc);
        M child = Builder.build(factory);
        ModuleIr placed = child.ir();
        placed.seal();
        placed.placeIn(ir, n);
        ir.declare(new Instance(n, placed, reset, loc));
        return child;
    }

    // ------------------------------------------------------------------ connections

    void requireCurrent(String what) {
        Module current = Builder.current(what);
        if (current != this) {
            throw ElaborationException.at(Locations.caller(), what + " added to module '" + name()
                    + "' while module '" + current.name() + "' is being built");
        }
    }

    /** {@code sink := source} for one ground value, with all the checks. */
    void connectLeaf(UInt sink, UInt source, SourceLocation loc) {
        Expr target = sink.expr;
        if (target instanceof Op op && op.kind() == OpKind.SELECT) {
            connectSelected(op, source, loc);
            return;
        }
        Ops.requireVisible(ir, source.expr, loc);
        if (!(target instanceof Signal s)) {
            throw ElaborationException.at(loc, "cannot drive " + Describe.expr(target, ir)
                    + ": only wires, registers, outputs of this module and inputs of its instances can be driven");
        }
        requireDrivable(s, loc);
        if (source.width() > s.width()) {
            throw ElaborationException.at(loc, "width mismatch: cannot connect " + Describe.sized(source.expr, ir)
                    + " to " + Describe.sized(s, ir) + "; narrow it explicitly with truncate(" + s.width() + ") or bits(hi, lo)");
        }
        addStatement(new Connect(s, Ops.pad(source.expr, s.width()), loc));
    }

    /** Driving {@code vec.at(i)} drives element k under {@code i == k}. */
    private void connectSelected(Op select, UInt source, SourceLocation loc) {
        Expr index = select.arg(0);
        int reachable = index.width() >= 31 ? Integer.MAX_VALUE : 1 << index.width();
        for (int k = 0; k + 1 < select.args().size() && k < reachable; k++) {
            Expr option = select.arg(k + 1);
            int value = k;
            Expr hit = indexHits.computeIfAbsent(index, i -> new HashMap<>()).computeIfAbsent(k,
                    key -> Ops.op(OpKind.EQ, 1, index, new Literal(BigInteger.valueOf(value), index.width())));
            When w = new When(hit, new Block(), new Block(), loc);
            addStatement(w);
            inBlock(w.then(), () -> {
                connectLeaf(new UInt(option), source, loc);
                return null;
            });
        }
    }

    private void requireDrivable(Signal s, SourceLocation loc) {
        ModuleIr owner = s.owner();
        if (owner == ir) {
            if (s.kind() == Signal.Kind.INPUT || s.kind() == Signal.Kind.RESET) {
                throw ElaborationException.at(loc, "cannot drive " + Describe.expr(s, ir) + " from inside module '"
                        + name() + "': its parent drives it");
            }
            return;
        }
        if (s.isPort() && owner.parent() == ir) {
            if (s.kind() == Signal.Kind.OUTPUT) {
                throw ElaborationException.at(loc, "multiple drivers: " + Describe.expr(s, ir) + " is driven by instance '"
                        + owner.instanceName() + "' itself and cannot also be driven from module '" + name() + "'");
            }
            return;
        }
        Ops.requireVisible(ir, s, loc);
    }

    private enum Flow { SOURCE, SINK, EITHER }

    /** One leaf of a bulk connection: the port directions decide which side drives. */
    void connectBulkLeaf(Leaf mine, UInt theirs, SourceLocation loc) {
        Flow a = flow(mine.value().expr);
        Flow b = flow(theirs.expr);
        boolean mineIsSink;
        if (a == b) {
            if (a != Flow.EITHER) {
                throw ElaborationException.at(loc, "cannot connect " + Describe.expr(mine.value().expr, ir) + " and "
                        + Describe.expr(theirs.expr, ir) + ": both " + (a == Flow.SINK ? "must be driven from here" : "are sources"));
            }
            mineIsSink = !mine.flipped();
        } else {
            mineIsSink = a == Flow.SINK || b == Flow.SOURCE;
        }
        if (mineIsSink) connectLeaf(mine.value(), theirs, loc);
        else connectLeaf(theirs, mine.value(), loc);
    }

    private Flow flow(Expr e) {
        if (e instanceof Op op && op.kind() == OpKind.SELECT) return Flow.EITHER;
        if (!(e instanceof Signal s)) return Flow.SOURCE;
        if (s.owner() == ir) {
            return switch (s.kind()) {
                case INPUT, RESET -> Flow.SOURCE;
                case OUTPUT -> Flow.SINK;
                case WIRE, REG -> Flow.EITHER;
            };
        }
        if (s.isPort() && s.owner().parent() == ir) return s.kind() == Signal.Kind.INPUT ? Flow.SINK : Flow.SOURCE;
        return Flow.SOURCE;
    }
}
