package nestmmu.tb.mmu.regress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import nestmmu.config.MmuConfig;
import nestmmu.sim.model.MmuModel;
import nestmmu.tb.Dut;
import nestmmu.tb.Seed;
import nestmmu.tb.mmu.MemoryTiming;
import nestmmu.tb.mmu.lockstep.Lockstep;
import nestmmu.tb.mmu.lockstep.LockstepReport;
import nestmmu.tb.mmu.lockstep.MmuDesigns;

/**
 * The generated MMU of the config as the RTL side of each rig: a fresh DUT per rig, writing an FST
 * under {@code waveDir} that is kept only when the rig's lockstep found a mismatch.
 */
final class DutSide implements RtlSide {
    private final MmuConfig config;
    private final Seed seed;
    private final Path waveDir;

    DutSide(MmuConfig config, Seed seed, Path waveDir) {
        this.config = config;
        this.seed = seed;
        this.waveDir = waveDir;
    }

    @Override
    public Attached attach(MmuModel model, String name, boolean randomLatency) {
        Path wave = waveDir.resolve(fileName(name) + ".fst");
        Dut dut = Dut.open(MmuDesigns.compiled(config, true), wave, seed);
        SplittableRandom random = new SplittableRandom(seed.value() ^ name.hashCode());
        MemoryTiming timing = randomLatency ? MemoryTiming.random(random.split(), 2 * model.timing().memLatency(), 0.25)
                : MemoryTiming.fixed(model.timing().memLatency());
        Lockstep lockstep = Lockstep.start(model, dut, timing, randomLatency ? random.split() : null);
        return new Attached() {
            @Override
            public Lockstep lockstep() {
                return lockstep;
            }

            @Override
            public LockstepReport finish() {
                LockstepReport report = lockstep.finish();
                lockstep.close();
                dut.close();
                if (report.passed()) {
                    try {
                        Files.deleteIfExists(wave);
                    } catch (IOException e) {
                        // a leftover waveform is harmless
                    }
                }
                return report;
            }

            @Override
            public String whereabouts() {
                return "seed " + seed + " (re-run with -D" + Seed.PROPERTY + "=" + seed + "); waveform " + wave;
            }
        };
    }

    static String fileName(String text) {
        String s = text.replaceAll("[^A-Za-z0-9._-]+", "_");
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
