package nestmmu.hdl.emit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import nestmmu.hdl.Circuit;
import nestmmu.hdl.Module;
import nestmmu.io.AtomicFiles;
import nestmmu.io.BadInputException;

/**
 * Generated HDL, ready for a simulator or synthesis: the top module's name, the files in order
 * (the top's file first, then each module where it is first instantiated), and the top's ports.
 * Equal inputs give byte-identical designs.
 *
 * <pre>{@code
 * Design d = Design.verilog(() -> new Queue<>(4, uint(8)));
 * d.writeTo(Path.of("out/queue"));   // queue_e4_w8.v ...
 * verilator --top-module d.top() ... d.files().keySet()
 * }</pre>
 */
public record Design(String top, Map<String, String> files, List<Port> ports) {
    public enum Direction { INPUT, OUTPUT }

    /** A port of the top module as it appears in the HDL, e.g. {@code enq_bits_i}, input, 8 bits. */
    public record Port(String name, Direction direction, int width) {}

    public Design {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        ports = List.copyOf(ports);
        if (!files.containsKey(top + ".v")) throw new IllegalArgumentException("no file for the top module " + top);
    }

    /** Elaborates {@code top} and emits it as Verilog: the one-line way to get a design. */
    public static Design verilog(Supplier<? extends Module> top) {
        return new VerilogEmitter().emit(Circuit.elaborate(top));
    }

    /** The text of one file. */
    public String text(String fileName) {
        String t = files.get(fileName);
        if (t == null) throw new IllegalArgumentException("no file " + fileName + " in design " + top);
        return t;
    }

    public String topFile() {
        return top + ".v";
    }

    public Port port(String name) {
        return ports.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no port " + name + " on " + top));
    }

    /**
     * Writes every file into {@code dir}, replacing its previous content at once (readers see the
     * old design or the new one, never a mix). Refuses a directory that holds anything but
     * {@code .v} files, so a wrong {@code --out} cannot delete unrelated work.
     *
     * @return the written files, in {@link #files()} order
     */
    public List<Path> writeTo(Path dir) {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                Path foreign = entries.filter(p -> !p.getFileName().toString().endsWith(".v") || Files.isDirectory(p))
                        .sorted().findFirst().orElse(null);
                if (foreign != null) {
                    throw new BadInputException("refusing to replace " + dir + ": it holds " + foreign.getFileName()
                            + ", which is not a generated Verilog file");
                }
            } catch (IOException e) {
                throw new BadInputException("cannot read " + dir + ": " + e.getMessage(), e);
            }
        }
        AtomicFiles.replaceDirectory(dir, tmp -> {
            for (Map.Entry<String, String> f : files.entrySet()) Files.writeString(tmp.resolve(f.getKey()), f.getValue());
        });
        List<Path> out = new ArrayList<>();
        for (String name : files.keySet()) out.add(dir.resolve(name));
        return out;
    }
}
