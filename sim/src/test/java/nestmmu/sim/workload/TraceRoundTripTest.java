package nestmmu.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

import nestmmu.arch.AccessType;
import nestmmu.arch.Permissions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TraceRoundTripTest {

    @Test
    @DisplayName("any event sequence written by TraceWriter parses back to the same events")
    void randomEventsRoundTrip() {
        long seed = TestSeeds.seed("randomEventsRoundTrip");
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 200; round++) {
            List<Event> events = new ArrayList<>();
            for (int i = 0, n = random.nextInt(60); i < n; i++) events.add(randomEvent(random));
            List<Event> back = roundTrip(events);
            if (!back.equals(events)) {
                // shrink: the first event that does not survive alone is the case to report
                for (Event e : events) {
                    assertThat(roundTrip(List.of(e))).as("seed %d: %s", seed, TraceWriter.format(e)).containsExactly(e);
                }
                assertThat(back).as("seed %d", seed).isEqualTo(events);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SyntheticKind.class)
    @DisplayName("every synthetic kind survives a trip through a gzipped trace file")
    void syntheticKindsRoundTripThroughAFile(SyntheticKind kind, @TempDir Path dir) {
        Workload w = Workloads.parse("synthetic:" + kind.label() + ",accesses=3000");
        Path file = dir.resolve(kind.label() + ".trace.gz");
        long written;
        try (EventStream s = w.open()) {
            written = TraceWriter.writeFile(file, "from " + w.spec(), s);
        }
        List<Event> original = LackeyReaderTest.readAll(w.open());
        assertThat(written).isEqualTo(original.size());
        assertThat(LackeyReaderTest.readAll(Workloads.trace(file).open())).isEqualTo(original);
    }

    private static List<Event> roundTrip(List<Event> events) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TraceWriter w = new TraceWriter(bytes)) {
            w.comment("round trip\n\nof " + events.size() + " events");
            Iterator<Event> it = events.iterator();
            w.writeAll(new EventStream() {
                @Override public Event next() { return it.hasNext() ? it.next() : null; }
                @Override public String position() { return ""; }
                @Override public void close() {}
            });
        }
        return LackeyReaderTest.readAll(new TraceReader(new ByteArrayInputStream(bytes.toByteArray()), "mem"));
    }

    static Event randomEvent(SplittableRandom r) {
        switch (r.nextInt(5)) {
            case 0: return new Event.Access(randomVa(r), AccessType.values()[r.nextInt(3)], r.nextBoolean());
            case 1: { long va = randomVa(r); return new Event.Map(va, randomLength(r, va), randomPerms(r)); }
            case 2: { long va = randomVa(r); return new Event.Unmap(va, randomLength(r, va)); }
            case 3: { long va = randomVa(r); return new Event.Protect(va, randomLength(r, va), randomPerms(r)); }
            default: return new Event.SwitchProcess(r.nextInt(Event.MAX_PID + 1));
        }
    }

    /** Canonical, from both halves, including the edges. */
    private static long randomVa(SplittableRandom r) {
        long va;
        switch (r.nextInt(4)) {
            case 0: va = 0; break;
            case 1: va = (1L << 47) - 1 - r.nextInt(8192); break;
            default: va = r.nextLong() & ((1L << 48) - 1); break;
        }
        return va << 16 >> 16;
    }

    /** A positive length that keeps the region inside its half. */
    private static long randomLength(SplittableRandom r, long va) {
        long room = va >= 0 ? (1L << 47) - va : -va;
        return 1 + (r.nextBoolean() ? r.nextLong(Math.min(room, 1 << 22)) : r.nextLong(room));
    }

    private static Permissions randomPerms(SplittableRandom r) {
        return new Permissions(r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
    }
}
