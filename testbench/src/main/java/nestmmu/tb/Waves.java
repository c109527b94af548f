package nestmmu.tb;

/**
 * When an {@link RtlTest} keeps its FST waveform ({@code target/waves/<TestClass>/<test>.fst}).
 * {@code -Dnestmmu.waves=always|on_failure|never} overrides the annotation for a run.
 */
public enum Waves {
    /** Write it and keep it. */
    ALWAYS,
    /** Write it, and delete it if the test passes (the default). */
    ON_FAILURE,
    /** Build without tracing: the fastest, and no waveform to look at. */
    NEVER;

    static Waves effective(Waves annotated) {
        String forced = System.getProperty("nestmmu.waves");
        if (forced == null || forced.isBlank()) return annotated;
        try {
            return valueOf(forced.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-Dnestmmu.waves=" + forced + ": expected always, on_failure or never");
        }
    }
}
