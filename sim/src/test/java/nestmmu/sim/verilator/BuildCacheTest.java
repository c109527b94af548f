package nestmmu.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.sim.verilator.fixtures.Fixtures;

class BuildCacheTest {
    @TempDir
    Path root;

    /** The shared runtime is linked in, not owned: unlink it before JUnit cleans up. */
    @AfterEach
    void unlinkTheSharedRuntime() throws IOException {
        try (var entries = Files.list(root)) {
            for (Path p : entries.filter(Files::isSymbolicLink).toList()) Files.delete(p);
        }
    }

    @Test
    void anUnchangedDesignComesFromTheCacheAndAnyChangeRebuilds() throws IOException {
        ModelBuilder builder = new ModelBuilder(Toolchain.get(), cacheSharingTheRuntime());
        CompiledModel first = builder.build(Fixtures.counter(), BuildOptions.DEFAULT);
        Path library = first.directory().resolve(ModelBuilder.LIBRARY);
        FileTime builtAt = Files.getLastModifiedTime(library);

        CompiledModel again = builder.build(Fixtures.counter(), BuildOptions.DEFAULT);
        assertThat(first.builtNow()).isTrue();
        assertThat(again.builtNow()).isFalse();
        assertThat(again.directory()).isEqualTo(first.directory());
        assertThat(Files.getLastModifiedTime(library)).isEqualTo(builtAt);

        Map<String, String> edited = new LinkedHashMap<>(Fixtures.counter().sources());
        edited.replaceAll((name, text) -> text + "// an edit\n");
        CompiledModel changedSource = builder.build(new VerilogDesign("counter", edited), BuildOptions.DEFAULT);
        CompiledModel changedFlags = builder.build(Fixtures.counter(), BuildOptions.DEFAULT.withVerilatorFlags("--assert"));
        assertThat(List.of(changedSource, changedFlags)).allSatisfy(m -> {
            assertThat(m.builtNow()).isTrue();
            assertThat(m.directory()).isNotEqualTo(first.directory());
        });
        try (Simulation sim = again.open()) {
            sim.set("rst_ni", 0).tick();
            sim.set("rst_ni", 1).set("en_i", 1).tick(4);
            assertThat(sim.get("count_o")).isEqualTo(4);
        }
    }

    @Test
    void threadsAskingForOneEntryAtOnceBuildItOnce() throws Exception {
        BuildCache cache = new BuildCache(root);
        AtomicInteger builds = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BuildCache.Entry>> asks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                asks.add(pool.submit(() -> cache.getOrBuild("entry", dir -> {
                    builds.incrementAndGet();
                    sleep(300);
                    Files.writeString(dir.resolve("content"), "built");
                })));
            }
            for (Future<BuildCache.Entry> ask : asks) {
                assertThat(ask.get().dir().resolve("content")).hasContent("built");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(builds).hasValue(1);
    }

    @Test
    void twoProcessesAskingForOneEntryAtOnceBuildItOnce() throws Exception {
        Path log = root.resolve("builders.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BuildCacheChild.class.getName(),
                root.resolve("cache").toString(), log.toString())
                .redirectErrorStream(true).start();
        var childOut = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(childOut.readLine()).isEqualTo("ready");
        child.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
        child.getOutputStream().flush();
        BuildCacheChild.buildOnce(new BuildCache(root.resolve("cache")), log, "parent");
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String childOutput = childOut.lines().collect(java.util.stream.Collectors.joining("\n"));
        assertThat(child.exitValue()).as(childOutput).isZero();
        assertThat(Files.readAllLines(log)).hasSize(1);
        assertThat(root.resolve("cache").resolve(BuildCacheChild.ENTRY).resolve("content")).hasContent("built");
    }

    @Test
    void aFailedBuildLeavesNoEntryBehind() {
        BuildCache cache = new BuildCache(root);
        try {
            cache.getOrBuild("broken", dir -> {
                Files.writeString(dir.resolve("half"), "x");
                throw new IOException("compiler crashed");
            });
        } catch (RuntimeException expected) {
            assertThat(expected).hasMessageContaining("compiler crashed");
        }
        assertThat(root.resolve("broken")).doesNotExist();
        assertThat(cache.getOrBuild("broken", dir -> Files.writeString(dir.resolve("whole"), "y")).built()).isTrue();
    }

    @Test
    void theOldLeftoversOfABuilderThatDiedAreCleanedUp() throws IOException {
        Path abandoned = Files.createDirectories(root.resolve(".entry.12345"));
        Files.writeString(abandoned.resolve("half"), "x");
        Files.setLastModifiedTime(abandoned, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000));
        Path recent = Files.createDirectories(root.resolve(".entry.67890"));
        new BuildCache(root).getOrBuild("entry", dir -> Files.writeString(dir.resolve("whole"), "y"));
        assertThat(abandoned).doesNotExist();
        assertThat(recent).as("may belong to a live builder").exists();
        assertThat(root.resolve("entry").resolve("whole")).hasContent("y");
    }

    /** A temporary cache that reuses the standard cache's runtime archive, so the test compiles only models. */
    private BuildCache cacheSharingTheRuntime() throws IOException {
        Path runtime = RuntimeLibrary.get(Toolchain.get(), BuildCache.standard()).getParent();
        Files.createSymbolicLink(root.resolve(runtime.getFileName()), runtime);
        return new BuildCache(root);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void append(Path log, String line) throws IOException {
        Files.writeString(log, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
