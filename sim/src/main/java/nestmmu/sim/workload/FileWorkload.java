package nestmmu.sim.workload;

import java.nio.file.Path;
import java.util.function.Function;

/** A trace file and the reader for its format; every open reads the file again from its start. */
final class FileWorkload implements Workload {
    private final String spec;
    private final Path path;
    private final String name;
    private final Function<LineReader, EventStream> format;

    FileWorkload(String spec, Path path, String name, Function<LineReader, EventStream> format) {
        this.spec = spec;
        this.path = path;
        this.name = name;
        this.format = format;
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public EventStream open() {
        return format.apply(LineReader.open(path, name));
    }

    @Override
    public String toString() {
        return spec;
    }
}
