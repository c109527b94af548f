package nestmmu.sweep;

/**
 * Runs one sweep item and reports its outcome. Implementations are found with
 * {@link java.util.ServiceLoader} by {@link #name()}, the name a plan records, so a shard process
 * runs its items exactly the way the plan says. A runner never throws for a failing item: a
 * failure is an {@link ItemResult} with a non-OK status.
 */
public interface ItemRunner {
    /** The name stored in {@code plan.json}, e.g. "simulate". */
    String name();

    ItemResult run(int index, SweepItem item);
}
