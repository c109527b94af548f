package nestmmu.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BundledTraceTest {
    /** Surefire runs in the module's folder. */
    static final Path WORDCOUNT = Path.of("src/main/resources/traces/wordcount.lackey.gz");

    @Test
    @DisplayName("the bundled wordcount trace is a whole lackey run of several MB of working set, under 5 MB")
    void bundledTraceReadsWhole() throws Exception {
        assertThat(Files.size(WORDCOUNT)).isLessThan(5L << 20);
        WorkloadSummary s = WorkloadSummary.of(Workloads.parse("lackey:" + WORDCOUNT));
        // lackey's own count for this run: 6,735,249 guest instructions
        assertThat(s.fetches()).isBetween(6_735_249L, 6_800_000L);
        assertThat(s.reads()).isGreaterThan(800_000);
        assertThat(s.writes()).isGreaterThan(580_000);
        assertThat(s.maps() + s.unmaps() + s.protects() + s.switches() + s.supervisor()).isZero();
        // the 4 MB hash table alone is 1024 pages
        assertThat(s.distinctPages()).isBetween(1100L, 4000L);
    }
}
