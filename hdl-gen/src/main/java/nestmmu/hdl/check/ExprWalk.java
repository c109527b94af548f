package nestmmu.hdl.check;

import java.util.function.Consumer;

import nestmmu.hdl.ir.Block;
import nestmmu.hdl.ir.Connect;
import nestmmu.hdl.ir.Expr;
import nestmmu.hdl.ir.MemWrite;
import nestmmu.hdl.ir.Stmt;
import nestmmu.hdl.ir.When;

/** Visits the expressions a statement tree reads: conditions, sources, addresses and data. */
final class ExprWalk {
    private ExprWalk() {}

    interface RootVisitor {
        void visit(Expr root, Stmt from);
    }

    static void roots(Block tree, RootVisitor visitor) {
        for (Stmt s : tree.stmts()) {
            if (s instanceof Connect c) {
                visitor.visit(c.source(), c);
            } else if (s instanceof MemWrite w) {
                visitor.visit(w.address(), w);
                visitor.visit(w.data(), w);
            } else if (s instanceof When w) {
                visitor.visit(w.condition(), w);
                roots(w.then(), visitor);
                roots(w.otherwise(), visitor);
            }
        }
    }

    static void roots(Block tree, Consumer<Expr> visitor) {
        roots(tree, (e, from) -> visitor.accept(e));
    }
}
