package nestmmu.hdl;

import java.security.CodeSource;
import java.util.Objects;

import nestmmu.hdl.ir.SourceLocation;

/**
 * Finds the generator line that is building hardware: the first frame on the stack outside the
 * construction layer's own main classes ({@code nestmmu.hdl} and the tested library
 * {@code nestmmu.hdl.util}) and outside the JDK. So an error inside {@code Cam.match(...)} points
 * at the line that called it. Tests count as callers even in these packages, since they load from
 * another code source.
 */
final class Locations {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private static final ClassValue<Boolean> INTERNAL = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            String pkg = type.getPackageName();
            if (pkg.startsWith("java.") || pkg.startsWith("jdk.") || pkg.startsWith("sun.")) return true;
            return (pkg.equals(CORE) || pkg.equals(CORE + ".util"))
                    && Objects.equals(location(type), location(Locations.class));
        }
    };

    private static final String CORE = Locations.class.getPackageName();

    private Locations() {}

    static SourceLocation caller() {
        return WALKER.walk(frames -> frames
                .filter(f -> !INTERNAL.get(f.getDeclaringClass()))
                .findFirst()
                .map(f -> new SourceLocation(f.getFileName() == null ? "?" : f.getFileName(),
                        f.getLineNumber(), f.getClassName(), f.getMethodName()))
                .orElse(SourceLocation.UNKNOWN));
    }

    /** Where {@code module} was created with {@code new}: past the constructors of its own class hierarchy. */
    static SourceLocation creatorOf(Module module) {
        return WALKER.walk(frames -> frames
                .filter(f -> !INTERNAL.get(f.getDeclaringClass()))
                .dropWhile(f -> f.getMethodName().equals("<init>") && f.getDeclaringClass().isInstance(module))
                .findFirst()
                .map(f -> new SourceLocation(f.getFileName() == null ? "?" : f.getFileName(),
                        f.getLineNumber(), f.getClassName(), f.getMethodName()))
                .orElse(SourceLocation.UNKNOWN));
    }

    private static Object location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }
}
