package nestmmu.hdl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import nestmmu.hdl.ir.Expr;

/**
 * What a {@link HwType} builds its value with. A bundle's constructor receives one and declares
 * its fields through it, in order:
 * <pre>{@code
 * final class Request extends Bundle {
 *     final UInt vaddr;
 *     final Bool write;
 *     Request(Fields f) { super(f); vaddr = f.uint("vaddr", 48); write = f.bool("write"); }
 * }
 * }</pre>
 * Whoever builds the value (a port, a wire, a register, a memory, a literal) decides what the
 * leaves become; the bundle's code is the same for all of them.
 */
public final class Fields {
    /** What a leaf should be: its path from the top-level name, direction flip, width, and whether it is a Bool. */
    record LeafSpec(String path, boolean flipped, int width, boolean bool) {}

    /** Turns a leaf description into the ground value that stands there. */
    @FunctionalInterface
    interface LeafMaker {
        UInt make(LeafSpec spec);
    }

    /** A field of a bundle as declared. */
    record Element(String name, boolean flipped, Data value) {}

    private final String path;
    private final boolean flipped;
    private final LeafMaker maker;
    private final List<Element> elements = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private Data made;

    Fields(String path, boolean flipped, LeafMaker maker) {
        this.path = path;
        this.flipped = flipped;
        this.maker = maker;
    }

    public UInt uint(String name, int width) {
        return field(name, Hw.uint(width));
    }

    public Bool bool(String name) {
        return field(name, Hw.bool());
    }

    /** A field flowing in the bundle's own direction. */
    public <T extends Data> T field(String name, HwType<T> type) {
        return add(name, false, type);
    }

    /** A field flowing against the bundle's direction, like {@code ready} in a valid/ready bundle. */
    public <T extends Data> T flipped(String name, HwType<T> type) {
        return add(name, true, type);
    }

    private <T extends Data> T add(String name, boolean flip, HwType<T> type) {
        Names.requireNamePart(name, "field name");
        if (!names.add(name)) {
            throw ElaborationException.at(Locations.caller(), "duplicate field '" + name + "' in a bundle");
        }
        T value = build(type, new Fields(join(name), flipped ^ flip, maker));
        elements.add(new Element(name, flip, value));
        return value;
    }

    List<Element> elements() {
        return elements;
    }

    void claim(Bundle bundle) {
        claim((Data) bundle);
    }

    UInt ground(int width, boolean bool) {
        if (width < 1) {
            throw ElaborationException.at(Locations.caller(), "a width must be at least 1, got " + width);
        }
        UInt leaf = maker.make(new LeafSpec(path, flipped, width, bool));
        claim(leaf);
        return leaf;
    }

    <T extends Data> Vec<T> vec(int n, HwType<T> elementType) {
        if (n < 1) throw ElaborationException.at(Locations.caller(), "a Vec needs at least one element, got " + n);
        List<T> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(build(elementType, new Fields(join(Integer.toString(i)), flipped, maker)));
        }
        Vec<T> v = new Vec<>(items);
        claim(v);
        return v;
    }

    private void claim(Data value) {
        if (made != null) {
            throw ElaborationException.at(Locations.caller(), "a type built more than one value from one Fields");
        }
        made = value;
    }

    private String join(String name) {
        return path.isEmpty() ? name : path + "_" + name;
    }

    /** Builds one value of {@code type}, its leaves made by {@code maker}, named below {@code path}. */
    static <T extends Data> T build(HwType<T> type, String path, LeafMaker maker) {
        return build(type, new Fields(path, false, maker));
    }

    private static <T extends Data> T build(HwType<T> type, Fields f) {
        T value = type.build(f);
        if (value == null || value != f.made || (!(value instanceof Bundle) && !f.elements.isEmpty())) {
            throw ElaborationException.at(Locations.caller(), "a type must return the one value it built from "
                    + "its Fields (a bundle's constructor passes them to super(fields))");
        }
        value.bindType(type);
        return value;
    }

    /** A value of {@code type} whose i-th leaf (in {@link Data#leaves()} order) is {@code leaf.apply(i)}. */
    static <T extends Data> T rebuild(HwType<T> type, IntFunction<Expr> leaf) {
        int[] next = {0};
        return build(type, "", spec -> {
            Expr e = leaf.apply(next[0]++);
            return UInt.wrap(Ops.pad(e, spec.width()), spec.bool());
        });
    }
}
