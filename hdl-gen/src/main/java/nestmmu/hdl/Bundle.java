package nestmmu.hdl;

import java.util.ArrayList;
import java.util.List;

/**
 * A group of named fields, like a Chisel {@code Bundle} or a SystemVerilog struct. Subclasses
 * declare their fields in the constructor through the {@link Fields} they receive, and expose
 * them as {@code final} fields; see {@link Fields} for an example. Its type is a lambda over the
 * constructor, e.g. {@code f -> new Request(f)}.
 */
public abstract class Bundle extends Data {
    private final Fields fields;

    protected Bundle(Fields fields) {
        this.fields = fields;
        fields.claim(this);
    }

    @Override
    public List<Leaf> leaves() {
        List<Leaf> out = new ArrayList<>();
        for (Fields.Element e : fields.elements()) {
            for (Leaf l : e.value().leaves()) {
                String p = l.path().isEmpty() ? e.name() : e.name() + "_" + l.path();
                out.add(new Leaf(p, l.flipped() ^ e.flipped(), l.value()));
            }
        }
        return out;
    }

    @Override
    void packInto(List<UInt> partsMsbFirst) {
        for (Fields.Element e : fields.elements()) e.value().packInto(partsMsbFirst);
    }

    /** Field names in declaration order. */
    public List<String> fieldNames() {
        return fields.elements().stream().map(Fields.Element::name).toList();
    }
}
