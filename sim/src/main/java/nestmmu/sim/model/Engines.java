package nestmmu.sim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.StringJoiner;

import nestmmu.io.BadInputException;

/** Finds an {@link Engine} by its {@code --engine} name: the model, plus any registered as a service. */
public final class Engines {
    private Engines() {}

    public static List<Engine> all() {
        List<Engine> engines = new ArrayList<>();
        engines.add(new ModelEngine());
        for (Engine e : ServiceLoader.load(Engine.class)) {
            if (engines.stream().noneMatch(x -> x.name().equals(e.name()))) engines.add(e);
        }
        return engines;
    }

    public static Engine byName(String name) {
        StringJoiner known = new StringJoiner(", ");
        for (Engine e : all()) {
            if (e.name().equals(name)) return e;
            known.add(e.name());
        }
        throw new BadInputException("--engine: unknown engine '" + name + "' (known: " + known + ")");
    }
}
