package nestmmu.tb;

/**
 * A {@link Driver} for a valid/ready handshake: raises {@code valid} with the payload, and the
 * transaction is taken at a rising edge where {@code ready} is high (or at once if the port has
 * no ready signal).
 */
public abstract class ValidReadyDriver<T> extends Driver<T> {
    private final String valid;
    private final String ready;

    /** {@code ready} may be null for a port that always accepts. */
    protected ValidReadyDriver(String valid, String ready) {
        this.valid = valid;
        this.ready = ready;
    }

    /** Puts the transaction's fields on the payload inputs. */
    protected abstract void payload(Dut dut, T transaction);

    @Override
    protected final void drive(Dut dut, T transaction) {
        dut.set(valid, 1);
        payload(dut, transaction);
    }

    @Override
    protected void idle(Dut dut) {
        dut.set(valid, 0);
    }

    @Override
    protected final boolean accepted(Dut dut) {
        return ready == null || dut.get(ready) == 1;
    }
}
