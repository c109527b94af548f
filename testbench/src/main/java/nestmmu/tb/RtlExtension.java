package nestmmu.tb;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import nestmmu.sim.verilator.BuildOptions;
import nestmmu.sim.verilator.CompiledModel;
import nestmmu.sim.verilator.Verilator;
import nestmmu.sim.verilator.VerilogDesign;

/**
 * The engine of {@link RtlTest}: builds the design once per JVM (and through the bridge's cache,
 * once per change), opens a fresh {@link Dut} for each test that asks for one, and afterwards
 * checks the DUT's scoreboards, closes it and keeps or drops its waveform.
 */
public final class RtlExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(RtlExtension.class);
    private static final Map<List<Object>, CompiledModel> MODELS = new ConcurrentHashMap<>();
    private static final Pattern INVOCATION = Pattern.compile("#(\\d+)]$");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Dut.class || type == Duts.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == Duts.class) return duts(context);
        return context.getStore(NS).getOrComputeIfAbsent("dut",
                k -> duts(context).open(design(settings(context), context.getRequiredTestClass())), Dut.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Duts duts = context.getStore(NS).remove("duts", Duts.class);
        context.getStore(NS).remove("dut");
        if (duts == null) return;
        boolean failed = context.getExecutionException().isPresent();
        AssertionError scoreboardFailure = null;
        for (Dut dut : duts.opened()) {
            try {
                if (!failed && scoreboardFailure == null) dut.checkScoreboards();
            } catch (AssertionError e) {
                scoreboardFailure = e;
            } finally {
                dut.close();
            }
        }
        boolean passed = !failed && scoreboardFailure == null;
        if (passed && Waves.effective(settings(context).waves()) == Waves.ON_FAILURE) {
            for (Dut dut : duts.opened()) dut.waveform().ifPresent(RtlExtension::deleteQuietly);
        }
        if (scoreboardFailure != null) throw scoreboardFailure;
    }

    private static Duts duts(ExtensionContext context) {
        return context.getStore(NS).getOrComputeIfAbsent("duts",
                k -> new Duts((design, index) -> open(context, design, index)), Duts.class);
    }

    private static void deleteQuietly(Path wave) {
        try {
            Files.deleteIfExists(wave);
        } catch (IOException e) {
            // a leftover waveform is harmless
        }
    }

    private static Dut open(ExtensionContext context, VerilogDesign design, int index) {
        RtlTest settings = settings(context);
        Waves waves = Waves.effective(settings.waves());
        BuildOptions options = BuildOptions.DEFAULT.withWaves(waves != Waves.NEVER)
                .withVerilatorFlags(settings.verilatorFlags());
        CompiledModel model = MODELS.computeIfAbsent(List.of(design, options), k -> Verilator.build(design, options));
        Path wave = waves == Waves.NEVER ? null : Duts.numbered(wavePath(context), index);
        SeedSource seeds = new SeedSource() {
            @Override
            public Seed take() {
                return SeedExtension.seedOf(context);
            }

            @Override
            public Optional<Seed> taken() {
                return Optional.ofNullable(SeedExtension.taken(context));
            }
        };
        return new Dut(model.open(wave), SeedExtension.testName(context), seeds);
    }

    /** The method's annotation, else the class's (or an enclosing class's, for nested tests). */
    private static RtlTest settings(ExtensionContext context) {
        Optional<RtlTest> onMethod = context.getTestMethod().flatMap(m -> AnnotationSupport.findAnnotation(m, RtlTest.class));
        if (onMethod.isPresent()) return onMethod.get();
        for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
            Optional<RtlTest> found = AnnotationSupport.findAnnotation(c, RtlTest.class);
            if (found.isPresent()) return found.get();
        }
        throw new ExtensionConfigurationException("RtlExtension needs @RtlTest on the test class or method");
    }

    private static VerilogDesign design(RtlTest settings, Class<?> testClass) {
        if (settings.design() != DesignSource.None.class) {
            try {
                Constructor<? extends DesignSource> make = settings.design().getDeclaredConstructor();
                make.setAccessible(true);
                return make.newInstance().design();
            } catch (ReflectiveOperationException e) {
                throw new ExtensionConfigurationException("cannot make " + settings.design().getName()
                        + ": a DesignSource needs a no-argument constructor", e);
            }
        }
        if (settings.sources().length == 0) {
            throw new ExtensionConfigurationException("@RtlTest on " + testClass.getSimpleName()
                    + " names no design for its Dut parameter: give design = SomeSource.class or sources = {...}, "
                    + "or take a Duts parameter and open designs with it");
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (String source : settings.sources()) {
            sources.put(Path.of(source).getFileName().toString(), read(source, testClass));
        }
        String top = settings.top().isEmpty() ? stem(settings.sources()[0]) : settings.top();
        return VerilogDesign.of(top, sources);
    }

    private static String read(String source, Class<?> testClass) {
        String resource = source.startsWith("/") ? source.substring(1) : source;
        try (InputStream in = testClass.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Path file = Path.of(source);
            if (Files.isRegularFile(file)) return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExtensionConfigurationException("cannot read " + source + ": " + e.getMessage(), e);
        }
        throw new ExtensionConfigurationException("@RtlTest source " + source
                + " is neither a class-path resource nor a file (relative to " + Path.of("").toAbsolutePath() + ")");
    }

    private static String stem(String source) {
        String name = Path.of(source).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** {@code target/waves/<TestClass>/<method>[-<invocation>].fst} */
    private static Path wavePath(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        String className = testClass.getName().substring(testClass.getPackageName().length() + 1).replace('$', '.');
        String method = context.getTestMethod().map(Method::getName).orElse("test");
        Matcher invocation = INVOCATION.matcher(context.getUniqueId());
        if (invocation.find()) method += "-" + invocation.group(1);
        return Path.of("target", "waves", className, method + ".fst");
    }
}
