package nestmmu.tb;

import java.util.function.BooleanSupplier;

/** A named test of the DUT's state, for {@link Dut#waitUntil}: the name goes into the failure message. */
public interface Condition extends BooleanSupplier {
    String description();

    static Condition of(String description, BooleanSupplier test) {
        return new Condition() {
            @Override
            public boolean getAsBoolean() {
                return test.getAsBoolean();
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }

    default Condition and(Condition other) {
        return of(description() + " && " + other.description(), () -> getAsBoolean() && other.getAsBoolean());
    }

    default Condition negate() {
        return of("!(" + description() + ")", () -> !getAsBoolean());
    }
}
