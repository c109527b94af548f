package nestmmu.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import nestmmu.io.BadInputException;

/** Finds the {@link ItemRunner} a plan names among those on the classpath. */
public final class ItemRunners {
    private ItemRunners() {}

    public static ItemRunner byName(String name) {
        List<String> known = new ArrayList<>();
        for (ItemRunner r : ServiceLoader.load(ItemRunner.class)) {
            if (r.name().equals(name)) return r;
            known.add(r.name());
        }
        throw new BadInputException("runner: unknown item runner '" + name + "' (known: " + String.join(", ", known) + ")");
    }
}
