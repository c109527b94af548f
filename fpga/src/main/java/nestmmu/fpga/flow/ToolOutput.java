package nestmmu.fpga.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import com.google.gson.JsonParseException;

/**
 * Reads a file a tool wrote (yosys' stat or netlist JSON, nextpnr's report). A file that is
 * missing or not shaped as expected means the tool or this code changed, not that the user
 * erred, so it is an {@link IllegalStateException} naming the file.
 */
public final class ToolOutput {
    private ToolOutput() {}

    public static <T> T parse(Path file, String what, Function<String, T> parser) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
        try {
            return parser.apply(text);
        } catch (JsonParseException | IllegalStateException | ClassCastException | NullPointerException
                 | UnsupportedOperationException | IllegalArgumentException e) {
            throw new IllegalStateException("unexpected " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }
}
