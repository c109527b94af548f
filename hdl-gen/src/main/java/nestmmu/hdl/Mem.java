package nestmmu.hdl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import nestmmu.hdl.ir.Expr;
import nestmmu.hdl.ir.MemArray;
import nestmmu.hdl.ir.MemRead;
import nestmmu.hdl.ir.MemWrite;
import nestmmu.hdl.ir.SourceLocation;

/**
 * An array of {@code depth} words of type {@code T}, without reset (Chisel's {@code Mem} and
 * {@code SyncReadMem}). Writes happen at the clock edge when the surrounding {@code when}
 * conditions hold; {@link #read} is combinational, {@link #readSync} answers one cycle later
 * (read-first: a read and a write of the same word in one cycle return the old word).
 * A memory of a bundle becomes one Verilog array per field.
 */
public final class Mem<T extends Data> {
    private final Module owner;
    private final String name;
    private final int depth;
    private final HwType<T> type;
    private final T shape;
    private final List<MemArray> arrays;

    Mem(Module owner, String name, int depth, HwType<T> type, T shape, List<MemArray> arrays) {
        this.owner = owner;
        this.name = name;
        this.depth = depth;
        this.type = type;
        this.shape = shape;
        this.arrays = List.copyOf(arrays);
    }

    public int depth() {
        return depth;
    }

    public int addressWidth() {
        return arrays.get(0).addressWidth();
    }

    /** The word at {@code address}, combinationally. */
    public T read(UInt address) {
        owner.requireCurrent("read of memory '" + name + "'");
        SourceLocation loc = Locations.caller();
        Expr a = address(address, loc);
        return Fields.rebuild(type, i -> new MemRead(arrays.get(i), a, loc));
    }

    /**
     * The word at {@code address}, registered: valid the cycle after {@code enable} (and the
     * surrounding {@code when} conditions) held, then held until the next enabled read.
     */
    public T readSync(UInt address, Bool enable) {
        owner.requireCurrent("read of memory '" + name + "'");
        T data = owner.reg(name + "_rdata", type);
        owner.when(enable, () -> data.set(read(address)));
        return data;
    }

    /** Writes {@code data} at {@code address} at the next clock edge. */
    public void write(UInt address, T data) {
        owner.requireCurrent("write of memory '" + name + "'");
        SourceLocation loc = Locations.caller();
        Shapes.requireSame(owner, shape, data, loc, "write into memory '" + name + "'");
        Expr a = address(address, loc);
        List<Leaf> leaves = data.leaves();
        for (int i = 0; i < arrays.size(); i++) {
            MemArray array = arrays.get(i);
            Expr d = leaves.get(i).value().expr;
            Ops.requireVisible(owner.ir(), d, loc);
            if (d.width() > array.width()) {
                throw ElaborationException.at(loc, "width mismatch: cannot write " + Describe.sized(d, owner.ir())
                        + " into " + array.width() + "-bit memory '" + array.name() + "'; truncate it explicitly");
            }
            owner.addStatement(new MemWrite(array, a, Ops.pad(d, array.width()), loc));
        }
    }

    /**
     * Gives the memory initial contents: word k is {@code words.get(k)}, packed as
     * {@link Data#asUInt()} packs a value of the memory's type; words after the list are zero.
     * An FPGA loads them into its block RAM when it configures (yosys turns them into the RAM's
     * INIT parameters); simulators load them at time 0. A memory with contents needs no write
     * (a ROM).
     */
    public Mem<T> initialize(List<BigInteger> words) {
        owner.requireCurrent("contents of memory '" + name + "'");
        SourceLocation loc = Locations.caller();
        if (words.size() > depth) {
            throw ElaborationException.at(loc, "memory '" + name + "' has " + depth + " words, got " + words.size() + " initial words");
        }
        List<UInt> msbFirst = new ArrayList<>();
        shape.packInto(msbFirst);
        int total = shape.width();
        Map<Expr, Integer> lsb = new IdentityHashMap<>();
        int offset = total;
        for (UInt part : msbFirst) {
            offset -= part.width();
            lsb.put(part.expr, offset);
        }
        List<Leaf> leaves = shape.leaves();
        for (int i = 0; i < arrays.size(); i++) {
            MemArray array = arrays.get(i);
            int lo = lsb.get(leaves.get(i).value().expr);
            BigInteger mask = BigInteger.ONE.shiftLeft(array.width()).subtract(BigInteger.ONE);
            List<BigInteger> column = new ArrayList<>(depth);
            for (int k = 0; k < depth; k++) {
                BigInteger w = k < words.size() ? words.get(k) : BigInteger.ZERO;
                if (w.signum() < 0 || w.bitLength() > total) {
                    throw ElaborationException.at(loc, "initial word " + k + " of memory '" + name + "' does not fit in "
                            + total + " bits: " + w);
                }
                column.add(w.shiftRight(lo).and(mask));
            }
            array.setContents(column);
        }
        return this;
    }

    private Expr address(UInt address, SourceLocation loc) {
        Ops.requireVisible(owner.ir(), address.expr, loc);
        int need = addressWidth();
        if (address.width() > need) {
            throw ElaborationException.at(loc, "width mismatch: " + Describe.sized(address.expr, owner.ir())
                    + " addresses memory '" + name + "' of " + depth + " words, which takes " + need
                    + " address bits; truncate it explicitly");
        }
        return Ops.pad(address.expr, need);
    }
}
