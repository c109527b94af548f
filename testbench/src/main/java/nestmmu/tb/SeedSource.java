package nestmmu.tb;

import java.util.Optional;

/** Where a {@link Dut} gets the test's seed: taken on demand, and known once taken (by anyone). */
interface SeedSource {
    /** The seed, chosen and printed on the first take. */
    Seed take();

    /** The seed if the test has taken it, by the DUT or as a parameter. */
    Optional<Seed> taken();

    static SeedSource fixed(Seed seed) {
        return new SeedSource() {
            @Override
            public Seed take() {
                return seed;
            }

            @Override
            public Optional<Seed> taken() {
                return Optional.ofNullable(seed);
            }
        };
    }
}
