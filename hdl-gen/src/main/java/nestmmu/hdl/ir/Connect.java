package nestmmu.hdl.ir;

/**
 * {@code sink := source}. The source already has the sink's width. The sink is a wire, a
 * register (its next value), an output of this module or an input of an instance.
 */
public record Connect(Signal sink, Expr source, SourceLocation location) implements Stmt {
    public Connect {
        if (source.width() != sink.width()) {
            throw new IllegalArgumentException("connect " + sink + ": width " + source.width() + " != " + sink.width());
        }
    }
}
