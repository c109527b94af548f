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
 * One run of the real {@code ./mmu} command line inside the test's JVM, with out and err captured.
 * Test classes that run commands reading the project's files (configs) use
 * {@code @ExtendWith(CommandRun.ProjectRoot.class)}: {@code nestmmu.root} is the repository while they run.
 */
public record CommandRun(int code, String out, String err) {
    public static CommandRun of(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    public JsonObject json() {
        return JsonParser.parseString(out).getAsJsonObject();
    }

    /** Sets {@code nestmmu.root} to the repository (the module's parent) for the class, and restores it after. */
    public static final class ProjectRoot implements BeforeAllCallback, AfterAllCallback {
        private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ProjectRoot.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            String saved = System.getProperty("nestmmu.root");
            context.getStore(NS).put("saved", saved == null ? "" : saved);
            System.setProperty("nestmmu.root", "..");
        }

        @Override
        public void afterAll(ExtensionContext context) {
            String saved = context.getStore(NS).get("saved", String.class);
            if (saved == null || saved.isEmpty()) System.clearProperty("nestmmu.root");
            else System.setProperty("nestmmu.root", saved);
        }
    }
}
