package nestmmu.hdl;

/**
 * A hardware type: a recipe that builds a fresh value of type {@code T} from the {@link Fields} it
 * is given. The same recipe makes ports, wires, registers, memories and literals of that type, so
 * nothing is ever cloned. Ground types come from {@link Hw#uint}, {@link Hw#bool} and
 * {@link Hw#vec}; a bundle's type is a lambda over its constructor:
 * <pre>{@code
 * HwType<TlbEntry> entry = f -> new TlbEntry(f, config);
 * }</pre>
 */
@FunctionalInterface
public interface HwType<T extends Data> {
    T build(Fields fields);
}
