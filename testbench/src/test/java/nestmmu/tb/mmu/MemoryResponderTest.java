package nestmmu.tb.mmu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.tb.Clock;
import nestmmu.tb.Dut;
import nestmmu.tb.RtlTest;

/**
 * The memory responder against a pointer-chasing fixture that uses the MMU's memory port the way a
 * walker does: reads that follow the word read, then an A-bit style write.
 */
@RtlTest(sources = "nestmmu/tb/mmu/mem_chaser.v")
class MemoryResponderTest {
    private static final int ADDRESS_BITS = 32;

    /** A chain of {@code steps} words, each pointing at the next; returns the addresses in order. */
    private static List<Long> chain(PhysicalMemory memory, SplittableRandom random, int steps) {
        List<Long> addresses = new ArrayList<>();
        long a = 0x1000 + 8L * random.nextInt(1 << 20);
        for (int i = 0; i < steps; i++) {
            addresses.add(a);
            long next = 0x1000 + 8L * random.nextInt(1 << 20);
            while (addresses.contains(next)) next += 8;
            memory.write(a, next | (random.nextLong() & 0xFFFF_FFFF_0000_0000L) | (random.nextInt(8) & 0x6));
            a = next;
        }
        return addresses;
    }

    private static List<MemoryAccess> expected(PhysicalMemory before, List<Long> addresses, boolean mark) {
        List<MemoryAccess> list = new ArrayList<>();
        for (long a : addresses) list.add(new MemoryAccess(false, a, before.read(a)));
        long last = addresses.get(addresses.size() - 1);
        if (mark) list.add(new MemoryAccess(true, last, before.read(last) | 0x20));
        return list;
    }

    private static long run(Dut dut, Clock clock, long start, int steps, boolean mark, int timeout) {
        dut.set("start_i", 1).set("start_addr_i", start).set("steps_i", steps).set("mark_i", mark ? 1 : 0);
        dut.await(clock.risingEdge());
        dut.set("start_i", 0);
        return dut.waitUntil(dut.signal("done_o").is(1), timeout);
    }

    @ParameterizedTest(name = "latency {0}: each reference takes latency + 1 cycles")
    @ValueSource(ints = {1, 2, 5, 20})
    void aFixedLatencyAnswersOnEdgeTPlusL(int latency, Dut dut) {
        PhysicalMemory memory = new PhysicalMemory(ADDRESS_BITS);
        List<Long> addresses = chain(memory, new SplittableRandom(latency), 4);
        PhysicalMemory before = memory.copy();
        MemoryResponder responder = dut.attach(new MemoryResponder(MemoryPins.of(dut, ADDRESS_BITS), memory, MemoryTiming.fixed(latency)));
        Clock clock = dut.clock().start();
        dut.reset();

        long cycles = run(dut, clock, addresses.get(0), 4, true, 1000);

        assertThat(cycles).as("4 reads and a write").isEqualTo(5L * (latency + 1));
        assertThat(responder.takeAccesses()).containsExactlyElementsOf(expected(before, addresses, true));
        assertThat(responder.takeViolations()).isEmpty();
        assertThat(responder.stalledCycles()).isZero();
        long last = addresses.get(3);
        assertThat(dut.get("result_o")).isEqualTo(before.read(last) | 0x20);
        assertThat(memory.read(last)).isEqualTo(before.read(last) | 0x20);
    }

    @RepeatedTest(value = 5, name = "random latency and back-pressure, run {currentRepetition}")
    void randomLatencyAndBackPressureKeepTheSequence(Dut dut, SplittableRandom random) {
        PhysicalMemory memory = new PhysicalMemory(ADDRESS_BITS);
        MemoryResponder responder = dut.attach(new MemoryResponder(MemoryPins.of(dut, ADDRESS_BITS), memory,
                MemoryTiming.random(random.split(), 12, 0.4)));
        Clock clock = dut.clock().start();
        dut.reset();
        long minimum = Long.MAX_VALUE;
        long maximum = 0;
        for (int run = 0; run < 20; run++) {
            int steps = 1 + random.nextInt(15);
            boolean mark = random.nextBoolean();
            List<Long> addresses = chain(memory, random, steps);
            PhysicalMemory before = memory.copy();
            long cycles = run(dut, clock, addresses.get(0), steps, mark, 10_000);
            long references = steps + (mark ? 1 : 0);
            minimum = Math.min(minimum, cycles / references);
            maximum = Math.max(maximum, cycles / references);
            assertThat(responder.takeAccesses()).as("run " + run).containsExactlyElementsOf(expected(before, addresses, mark));
            long last = addresses.get(steps - 1);
            assertThat(dut.get("result_o")).isEqualTo(before.read(last) | (mark ? 0x20 : 0));
        }
        assertThat(responder.takeViolations()).isEmpty();
        assertThat(responder.stalledCycles()).as("cycles the request port was held back").isPositive();
        assertThat(maximum).as("latencies vary").isGreaterThan(minimum);
    }

    @Test
    void aMisalignedAddressIsReportedNotServed(Dut dut) {
        PhysicalMemory memory = new PhysicalMemory(ADDRESS_BITS);
        memory.write(0x2000, 0x1234_5678L);
        MemoryResponder responder = dut.attach(new MemoryResponder(MemoryPins.of(dut, ADDRESS_BITS), memory, MemoryTiming.fixed(3)));
        Clock clock = dut.clock().start();
        dut.reset();

        run(dut, clock, 0x2004, 1, false, 100);

        assertThat(responder.takeViolations()).singleElement().asString()
                .contains("memory read at 0x2004, not 8-byte aligned");
        assertThat(responder.reads()).isZero();
    }

    @Test
    void aDesignWithoutTheMemoryPortIsRefusedByName(Dut dut) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MemoryPins.of(dut, 40))
                .hasMessage("mem_chaser: port mem_req_addr_o is 32 bits wide, expected 40");
    }
}
