package nestmmu.tb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Watches the DUT's pins and turns what it sees into transactions, as cocotb-bus monitors do.
 * It samples just before each rising edge, when inputs are final and combinational logic has
 * settled — what a flip-flop clocked by that edge would capture — and hands every transaction
 * to its subscribers (a {@link Scoreboard}, a reference model, a list).
 */
public abstract class Monitor<T> implements CycleListener {
    private final List<Consumer<? super T>> subscribers = new ArrayList<>();
    private long observed;

    /** Adds a receiver of every observed transaction, e.g. {@code scoreboard::observe}. */
    public final Monitor<T> subscribe(Consumer<? super T> subscriber) {
        subscribers.add(subscriber);
        return this;
    }

    /** Transactions observed so far. */
    public final long observed() {
        return observed;
    }

    /** The transaction on the pins in this cycle, if there is one. */
    protected abstract Optional<T> sample(Dut dut);

    @Override
    public final void atEdge(Dut dut) {
        Optional<T> seen = sample(dut);
        if (seen.isPresent()) {
            observed++;
            for (Consumer<? super T> s : subscribers) s.accept(seen.get());
        }
    }
}
