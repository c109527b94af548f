package nestmmu.tb;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Puts transactions on the DUT's inputs, one at a time, in the order they were sent, as
 * cocotb-bus drivers do. A transaction is driven cycle after cycle until the DUT takes it
 * ({@link #accepted}, judged just before the rising edge); when there is nothing to send the
 * inputs go idle ({@link #idle}). Subclasses say how a transaction maps to pins.
 */
public abstract class Driver<T> implements CycleListener {
    private final Deque<T> queue = new ArrayDeque<>();
    private T current;
    private long sent;

    /** Queues a transaction; it goes out in a later cycle. */
    public final Driver<T> send(T transaction) {
        queue.addLast(transaction);
        return this;
    }

    /** Transactions queued and not yet taken by the DUT. */
    public final int pending() {
        return queue.size();
    }

    /** Transactions the DUT has taken so far. */
    public final long sent() {
        return sent;
    }

    /** The condition "every queued transaction has been taken", for {@link Dut#waitUntil}. */
    public final Condition done() {
        return Condition.of(getClass().getSimpleName() + " has sent everything", queue::isEmpty);
    }

    /** Puts {@code transaction} on the inputs. */
    protected abstract void drive(Dut dut, T transaction);

    /** Sets the inputs to their idle values: nothing is being sent. */
    protected abstract void idle(Dut dut);

    /** Whether the coming rising edge takes the driven transaction (e.g. ready is high). Default: always. */
    protected boolean accepted(Dut dut) {
        return true;
    }

    /** Called when the DUT has taken a transaction. */
    protected void onAccepted(Dut dut, T transaction) {}

    @Override
    public final void beforeEdge(Dut dut) {
        current = queue.peekFirst();
        if (current == null) idle(dut);
        else drive(dut, current);
    }

    @Override
    public final void atEdge(Dut dut) {
        if (current != null && accepted(dut)) {
            queue.pollFirst();
            sent++;
            onAccepted(dut, current);
        }
        current = null;
    }
}
