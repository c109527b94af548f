package nestmmu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;

/**
 * Runs {@code ./mmu} commands in the test's JVM with their output captured; as an extension,
 * points {@code nestmmu.root} at the project (the parent of the module directory the tests run
 * in) for the test class, so default configs and bundled files are found.
 */
public final class Cli implements BeforeAllCallback, AfterAllCallback {
    private static final String ROOT = nestmmu.io.ProjectRoot.PROPERTY;
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Cli.class);

    /** What a command did: its exit code, stdout and stderr. */
    public record Result(int code, String out, String err) {
        public JsonObject json() {
            return JsonParser.parseString(out).getAsJsonObject();
        }
    }

    public static Result run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code args} is bad input: exit 2, one line on stderr that contains {@code names}, nothing on stdout. */
    public static void assertBadInput(String names, String... args) {
        Result r = run(args);
        org.assertj.core.api.Assertions.assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(r.err()).contains(names);
        org.assertj.core.api.Assertions.assertThat(r.out()).isEmpty();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put(ROOT, String.valueOf(System.getProperty(ROOT)));
        System.setProperty(ROOT, "..");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String saved = context.getStore(NS).get(ROOT, String.class);
        if (saved == null || saved.equals("null")) System.clearProperty(ROOT);
        else System.setProperty(ROOT, saved);
    }
}
