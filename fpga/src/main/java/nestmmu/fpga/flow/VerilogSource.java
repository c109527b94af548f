package nestmmu.fpga.flow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

import nestmmu.io.AtomicFiles;
import nestmmu.io.BadInputException;

/**
 * One Verilog file of a design: either a file on disk (read where it is, so that its
 * {@code `include}s resolve) or a text held in memory (generated code, test fixtures), which a
 * flow writes into its own {@code src/} directory. A name ending in {@code .sv} is read as
 * SystemVerilog.
 */
public final class VerilogSource {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*\\.s?v");

    private final String fileName;
    private final Path path;
    private final String text;

    private VerilogSource(String fileName, Path path, String text) {
        this.fileName = fileName;
        this.path = path;
        this.text = text;
    }

    /** A Verilog file on disk; it must exist when a flow runs. */
    public static VerilogSource file(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        String s = abs.toString();
        // yosys scripts quote paths with double quotes and know no escape for them
        if (s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            throw new BadInputException("verilog file " + s + ": the path must not contain quotes or line breaks");
        }
        return new VerilogSource(abs.getFileName().toString(), abs, null);
    }

    /** Verilog held in memory, written as {@code src/<fileName>} in the flow's directory. */
    public static VerilogSource text(String fileName, String text) {
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw new BadInputException("verilog source name '" + fileName
                    + "': must be a plain file name ending in .v or .sv");
        }
        return new VerilogSource(fileName, null, Objects.requireNonNull(text, "text"));
    }

    public String fileName() { return fileName; }

    public boolean isSystemVerilog() { return fileName.endsWith(".sv"); }

    /** True for a file on disk, false for a text in memory. */
    public boolean onDisk() { return path != null; }

    /**
     * Where a tool running in {@code workDir} finds this source: the file's absolute path, or
     * {@code src/<fileName>} (relative, so the directory can be moved) after writing the text there.
     */
    public String materialize(Path workDir) {
        if (path != null) {
            if (!Files.isRegularFile(path)) throw new BadInputException("verilog file " + path + ": no such file");
            if (!Files.isReadable(path)) throw new BadInputException("verilog file " + path + ": not readable");
            return path.toString();
        }
        AtomicFiles.writeString(workDir.resolve("src").resolve(fileName), text);
        return "src/" + fileName;
    }

    @Override
    public String toString() {
        return path != null ? path.toString() : fileName + " (in memory)";
    }
}
