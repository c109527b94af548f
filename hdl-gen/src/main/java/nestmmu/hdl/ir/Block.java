package nestmmu.hdl.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An ordered list of statements; later connections to the same sink override earlier ones. */
public final class Block {
    private final List<Stmt> stmts = new ArrayList<>();

    public Block() {}

    public Block(List<Stmt> stmts) {
        this.stmts.addAll(stmts);
    }

    public List<Stmt> stmts() {
        return Collections.unmodifiableList(stmts);
    }

    public void add(Stmt stmt) {
        stmts.add(stmt);
    }

    public boolean isEmpty() {
        return stmts.isEmpty();
    }
}
