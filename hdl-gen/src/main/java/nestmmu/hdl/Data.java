package nestmmu.hdl;

import java.util.ArrayList;
import java.util.List;

import nestmmu.hdl.ir.Signal;

/**
 * A hardware value: a ground {@link UInt}/{@link Bool}, a {@link Bundle} of named fields or a
 * {@link Vec} of elements. Aggregates are views over their ground leaves; every operation that
 * connects or compares aggregates works leaf by leaf.
 */
public abstract class Data {
    private HwType<?> type;

    Data() {}

    /** The ground signals of this value, in declaration order. */
    public abstract List<Leaf> leaves();

    /** The recipe this value was built from; builds more values of the same shape. */
    public HwType<?> type() {
        return type;
    }

    /** The type of {@code value}, typed as its class: what every builder of "another one like this" needs. */
    @SuppressWarnings("unchecked")
    static <T extends Data> HwType<T> typeOf(T value) {
        return (HwType<T>) value.type();
    }

    void bindType(HwType<?> type) {
        if (this.type == null) this.type = type;
    }

    /** Total number of bits. */
    public int width() {
        int w = 0;
        for (Leaf leaf : leaves()) w += leaf.value().width();
        return w;
    }

    /**
     * All bits as one UInt, as Chisel packs them: a bundle's first field is most significant, a
     * vector's element 0 least significant. {@link Hw#fromUInt} unpacks.
     */
    public UInt asUInt() {
        List<UInt> parts = new ArrayList<>();
        packInto(parts);
        return Hw.cat(parts);
    }

    /** Appends this value's parts, most significant first. */
    abstract void packInto(List<UInt> partsMsbFirst);

    /**
     * {@code this := source}, leaf by leaf (Chisel's {@code :=}). Every leaf of {@code this} must
     * be drivable here: a wire, a register, an output of this module or an input of an instance.
     * A narrower source is zero-extended; a wider one is an error (truncate it explicitly).
     * Inside {@code when} the connection holds only under the condition; the last connection wins.
     */
    public void set(Data source) {
        Module m = Builder.current("set");
        var loc = Locations.caller();
        List<Leaf> sinks = leaves();
        List<Leaf> sources = source.leaves();
        Shapes.requireSame(m, this, source, loc, "connect");
        for (int i = 0; i < sinks.size(); i++) {
            m.connectLeaf(sinks.get(i).value(), sources.get(i).value(), loc);
        }
    }

    /**
     * Bidirectional bulk connection (Chisel's {@code <>}): each pair of leaves is connected in the
     * direction its ports dictate, e.g. {@code deq.connect(queue.deq)} drives {@code valid} and
     * {@code bits} outward and {@code ready} inward. Between two wires, unflipped fields flow from
     * {@code other} into {@code this} and flipped fields the other way.
     */
    public void connect(Data other) {
        Module m = Builder.current("connect");
        var loc = Locations.caller();
        Shapes.requireSame(m, this, other, loc, "connect");
        List<Leaf> mine = leaves();
        List<Leaf> theirs = other.leaves();
        for (int i = 0; i < mine.size(); i++) {
            m.connectBulkLeaf(mine.get(i), theirs.get(i).value(), loc);
        }
    }

    /**
     * Declares that some bits of this value may never be read, so the Verilog gets a local
     * {@code verilator lint_off UNUSEDSIGNAL} around its declaration instead of an elaboration
     * error. Only named signals can be marked: ports, wires, registers, outputs of instances.
     */
    public Data unused() {
        markUnused();
        return this;
    }

    final void markUnused() {
        for (Leaf leaf : leaves()) {
            if (!(leaf.value().expr instanceof Signal s)) {
                throw ElaborationException.at(Locations.caller(),
                        "only named signals (ports, wires, registers) can be marked unused, not "
                                + Describe.expr(leaf.value().expr, null));
            }
            s.markUnused();
        }
    }
}
