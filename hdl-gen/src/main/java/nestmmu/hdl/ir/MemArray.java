package nestmmu.hdl.ir;

import java.math.BigInteger;
import java.util.List;

/**
 * One array of a memory: {@code depth} words of {@code width} bits, no reset. A memory of a
 * bundle type has one array per leaf of the bundle. It may have initial contents (what an FPGA
 * loads into its block RAM when it configures, or a ROM).
 */
public final class MemArray implements Declaration {
    private final String name;
    private final int depth;
    private final int width;
    private final ModuleIr owner;
    private final SourceLocation location;
    private List<BigInteger> contents;

    public MemArray(String name, int depth, int width, ModuleIr owner, SourceLocation location) {
        this.name = name;
        this.depth = depth;
        this.width = width;
        this.owner = owner;
        this.location = location;
    }

    @Override
    public String name() {
        return name;
    }

    public int depth() {
        return depth;
    }

    public int width() {
        return width;
    }

    /** Bits of an address that reaches every word. */
    public int addressWidth() {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(depth - 1));
    }

    public ModuleIr owner() {
        return owner;
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    /** The initial word at every address (exactly {@code depth} of them), or null when the array has none. */
    public List<BigInteger> contents() {
        return contents;
    }

    public void setContents(List<BigInteger> words) {
        owner.checkOpen();
        if (words.size() != depth) throw new IllegalArgumentException(this + ": " + words.size() + " initial words for " + depth);
        for (BigInteger w : words) {
            if (w.signum() < 0 || w.bitLength() > width) throw new IllegalArgumentException(this + ": initial word " + w + " does not fit " + width + " bits");
        }
        this.contents = List.copyOf(words);
    }

    @Override
    public String toString() {
        return "memory '" + name + "'";
    }
}
