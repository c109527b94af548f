package nestmmu.io;

import java.nio.file.Path;

/**
 * Where the project is: {@code -Dnestmmu.root} (set by {@code ./mmu}), else the working directory;
 * and the committed configs under it, {@code rtl/configs/NAME.json}.
 */
public final class ProjectRoot {
    public static final String PROPERTY = "nestmmu.root";

    private ProjectRoot() {}

    public static Path path() {
        return Path.of(System.getProperty(PROPERTY, ".")).toAbsolutePath().normalize();
    }

    /** The committed config {@code name} ({@code small}, {@code default}, {@code large}) under {@code root}. */
    public static Path config(Path root, String name) {
        return root.resolve("rtl").resolve("configs").resolve(name + ".json");
    }
}
