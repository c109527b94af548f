package nestmmu.fpga;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import nestmmu.fpga.flow.VerilogSource;

/** The handwritten Verilog fixtures in {@code src/test/resources/nestmmu/fpga/fixtures}. */
public final class Fixtures {
    /** The fixtures on disk (surefire runs in the module's directory). */
    public static final Path DIRECTORY = Path.of("src", "test", "resources", "nestmmu", "fpga", "fixtures");

    private Fixtures() {}

    /** A fixture as an in-memory source, the way generated Verilog reaches the flows. */
    public static VerilogSource source(String fileName) {
        return VerilogSource.text(fileName, text(fileName));
    }

    public static String text(String fileName) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/nestmmu/fpga/fixtures/" + fileName)) {
            if (in == null) throw new IllegalStateException("no fixture " + fileName);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
