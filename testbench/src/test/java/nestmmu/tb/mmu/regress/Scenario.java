package nestmmu.tb.mmu.regress;

import java.util.function.Consumer;

/** One directed test: a name that says what it shows, and a body that builds rigs through its {@link Setup}. */
record Scenario(String name, Consumer<Setup> body) {
    @Override
    public String toString() {
        return name;
    }
}
