package nestmmu.sim.verilator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The second process of {@link BuildCacheTest}: asks for the same entry as the test does. */
public final class BuildCacheChild {
    static final String ENTRY = "shared-entry";

    private BuildCacheChild() {}

    /** Says "ready", waits for "go" on stdin, so that both processes ask at the same moment. */
    public static void main(String[] args) throws IOException {
        System.out.println("ready");
        System.out.flush();
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)).readLine();
        buildOnce(new BuildCache(Path.of(args[0])), Path.of(args[1]), "child");
    }

    /** Gets the entry; a builder logs its name and takes its time, so that the other process arrives meanwhile. */
    static void buildOnce(BuildCache cache, Path log, String who) {
        cache.getOrBuild(ENTRY, dir -> {
            BuildCacheTest.append(log, who);
            BuildCacheTest.sleep(1500);
            Files.writeString(dir.resolve("content"), "built");
        });
    }
}
