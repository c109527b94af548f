package nestmmu.tb;

import java.util.SplittableRandom;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a {@link Seed} or a seeded {@link SplittableRandom} parameter, one seed per test
 * (see {@link Seed} for where it comes from), printed when first taken and again if the test
 * fails. Use it alone ({@code @ExtendWith(SeedExtension.class)}) for random tests without RTL;
 * {@link RtlTest} includes it.
 */
public final class SeedExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SeedExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Seed.class || type == SplittableRandom.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Seed seed = seedOf(context);
        return parameter.getParameter().getType() == Seed.class ? seed : seed.random();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Seed seed = taken(context);
        if (seed != null && context.getExecutionException().isPresent()) {
            System.out.println(testName(context) + ": FAILED with seed " + seed + " (re-run with -D"
                    + Seed.PROPERTY + "=" + seed + ")");
        }
    }

    /** The test's seed, chosen (and printed) on first use. */
    static Seed seedOf(ExtensionContext context) {
        return context.getStore(NS).getOrComputeIfAbsent("seed", k -> Seed.forTest(testName(context), System.out), Seed.class);
    }

    /** The test's seed if it has taken one, else null. */
    static Seed taken(ExtensionContext context) {
        return context.getStore(NS).get("seed", Seed.class);
    }

    /** "Class.method", plus the invocation's display name for a repeated or parameterized test. */
    static String testName(ExtensionContext context) {
        String method = context.getTestMethod().map(java.lang.reflect.Method::getName).orElse(context.getDisplayName());
        String invocation = context.getUniqueId().contains("-invocation:") ? " [" + context.getDisplayName() + "]" : "";
        return context.getRequiredTestClass().getSimpleName() + "." + method + invocation;
    }
}
