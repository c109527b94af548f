package nestmmu.hdl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import nestmmu.hdl.ir.Expr;
import nestmmu.hdl.ir.Literal;

/**
 * A fixed number of values of one type, indexed statically ({@link #get}) or by hardware
 * ({@link #at}). Elements become separate Verilog signals ({@code tags_0}, {@code tags_1}, ...).
 * {@link #asUInt()} puts element 0 in the lowest bits, so a vector of Bools becomes a bit mask.
 */
public final class Vec<T extends Data> extends Data implements Iterable<T> {
    private final List<T> elements;

    Vec(List<T> elements) {
        this.elements = List.copyOf(elements);
    }

    static <T extends Data> Vec<T> of(List<T> elements, HwType<T> elementType) {
        Vec<T> v = new Vec<>(elements);
        v.bindType(Hw.vec(elements.size(), elementType));
        return v;
    }

    public T get(int i) {
        if (i < 0 || i >= elements.size()) {
            throw ElaborationException.at(Locations.caller(), "index " + i + " is outside a Vec of " + elements.size());
        }
        return elements.get(i);
    }

    public int size() {
        return elements.size();
    }

    public List<T> elements() {
        return Collections.unmodifiableList(elements);
    }

    @Override
    public Iterator<T> iterator() {
        return elements().iterator();
    }

    public Stream<T> stream() {
        return elements.stream();
    }

    /**
     * The element {@code index} selects, as hardware. Read it like any value (an index past the
     * end reads the last element), or drive it: {@code v.at(i).set(x)} drives element {@code k}
     * under the condition {@code i == k}.
     */
    @SuppressWarnings("unchecked")
    public T at(UInt index) {
        if (index.expr instanceof Literal l) return get(l.value().intValueExact());
        if (elements.size() == 1) return elements.get(0);
        List<List<Leaf>> leaves = new ArrayList<>();
        for (T e : elements) leaves.add(e.leaves());
        return Fields.rebuild(Data.typeOf(elements.get(0)), i -> {
            List<Expr> options = new ArrayList<>();
            for (List<Leaf> l : leaves) options.add(l.get(i).value().expr);
            return Ops.select(index.expr, options);
        });
    }

    @Override
    public List<Leaf> leaves() {
        List<Leaf> out = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            for (Leaf l : elements.get(i).leaves()) {
                String p = l.path().isEmpty() ? Integer.toString(i) : i + "_" + l.path();
                out.add(new Leaf(p, l.flipped(), l.value()));
            }
        }
        return out;
    }

    @Override
    void packInto(List<UInt> partsMsbFirst) {
        for (int i = elements.size() - 1; i >= 0; i--) elements.get(i).packInto(partsMsbFirst);
    }

    @Override
    public Vec<T> unused() {
        markUnused();
        return this;
    }
}
