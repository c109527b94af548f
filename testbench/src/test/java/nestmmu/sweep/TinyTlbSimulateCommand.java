package nestmmu.sweep;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import nestmmu.arch.Mode;
import nestmmu.cli.Main;
import nestmmu.config.MmuConfig;
import nestmmu.io.BadInputException;
import nestmmu.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A test-only command with the {@code simulate} CLI contract, used while the real simulate is not
 * on this branch. It does real, small work so the numbers mean something: it reads the config
 * (a missing file is bad input, as in simulate), draws {@code accesses} random pages out of
 * {@code pages} with the seed, and counts hits and misses of an LRU TLB of {@code l1Tlb.entries}.
 * A miss costs a native (4) or 2D (24) walk. Only workloads {@code synthetic:random,...} are known.
 */
@Command(name = "simulate")
final class TinyTlbSimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", required = true) Path config;
    @Option(names = "--workload", required = true) String workload;
    @Option(names = "--mode", required = true) String mode;
    @Option(names = "--engine", required = true) String engine;
    @Option(names = "--seed", defaultValue = "1") long seed;
    @Option(names = "--json") boolean json;

    @Override
    public Integer call() {
        MmuConfig cfg = MmuConfig.load(config);
        Mode m = Mode.parseOrNull(mode);
        if (m == null) throw new BadInputException("--mode: unknown mode '" + mode + "'");
        if (!workload.startsWith("synthetic:random")) {
            throw new BadInputException("--workload: unknown workload '" + workload + "'");
        }
        int pages = 64;
        int accesses = 1000;
        for (String kv : workload.substring("synthetic:random".length()).split(",")) {
            if (kv.isEmpty()) continue;
            String[] p = kv.split("=", 2);
            if (p.length != 2) throw new BadInputException("--workload: expected key=value, got '" + kv + "'");
            switch (p[0]) {
                case "pages" -> pages = Integer.parseInt(p[1]);
                case "accesses" -> accesses = Integer.parseInt(p[1]);
                default -> throw new BadInputException("--workload: unknown key '" + p[0] + "'");
            }
        }
        int capacity = cfg.l1Tlb().entries();
        LinkedHashMap<Integer, Boolean> lru = new LinkedHashMap<>(16, 0.75f, true);
        SplittableRandom rnd = new SplittableRandom(seed);
        long hits = 0;
        long misses = 0;
        for (int i = 0; i < accesses; i++) {
            int page = rnd.nextInt(pages);
            if (lru.get(page) != null) {
                hits++;
            } else {
                misses++;
                lru.put(page, Boolean.TRUE);
                if (lru.size() > capacity) lru.remove(lru.keySet().iterator().next());
            }
        }
        int refsPerWalk = m == Mode.NESTED ? 24 : 4;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("translations", accesses);
        out.put("tlbHits", hits);
        out.put("tlbMisses", misses);
        out.put("walks", misses);
        out.put("walkRefs", misses * refsPerWalk);
        out.put("cycles", hits + misses * (1 + refsPerWalk));
        out.put("faults", 0);
        out.put("vmExits", 0);
        if (engine.equals("rtl")) out.put("mismatches", 0);
        spec.commandLine().getOut().print(Json.write(out));
        return Main.EXIT_OK;
    }
}
