package nestmmu.sim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.config.MmuConfig;
import nestmmu.sim.translate.Reference;
import nestmmu.sim.translate.References;

class SinglePageWalkTest {

    @ParameterizedTest(name = "{0} {1}/{2} cold walk reads {3} entries")
    @CsvSource({
        "native, 4K, 4K, 4",
        "native, 2M, 4K, 3",
        "native, 1G, 4K, 2",
        "nested, 4K, 4K, 24",
        "nested, 2M, 4K, 19",
        "nested, 4K, 2M, 19",
        "nested, 2M, 2M, 15",
        "nested, 1G, 1G, 8",
        "nested, 4K, 1G, 14",
        "nested, 1G, 4K, 14",
        "nested, 2M, 1G, 11",
        "nested, 1G, 2M, 11",
        "shadow, 4K, 4K, 4",
        "shadow, 2M, 4K, 4",
        "shadow, 4K, 2M, 4",
        "shadow, 2M, 2M, 3",
        "shadow, 1G, 1G, 2",
        "shadow, 1G, 2M, 3",
        "shadow, 4K, 1G, 4",
        "shadow, 1G, 4K, 4",
        "shadow, 2M, 1G, 3",
    })
    void coldWalkReferenceCounts(String mode, String guest, String host, int reads) {
        SinglePageWalk.Outcome o = SinglePageWalk.run(MmuConfig.defaults(), Mode.parseOrNull(mode),
                PageSize.parseOrNull(guest), PageSize.parseOrNull(host), AccessType.READ, true, 20);
        assertThat(o.translation().ok()).as(o.translation().toString()).isTrue();
        assertThat(o.reads()).as(o.references().toString()).isEqualTo(reads);
        assertThat(o.references()).allMatch(r -> !r.write()); // A bits preset: nothing to write on a read
        PageSize expected = PageSize.min(PageSize.parseOrNull(guest), PageSize.parseOrNull(host));
        if (mode.equals("native")) expected = PageSize.parseOrNull(guest);
        assertThat(o.translation().pageSize()).isEqualTo(expected);
        long hostBase = mode.equals("native") ? 0 : MemoryLayout.GUEST_RAM_HOST_BASE;
        assertThat(o.translation().hpa()).isEqualTo(hostBase + MemoryLayout.GUEST_DATA_BASE
                + (SinglePageWalk.VA & PageSize.parseOrNull(guest).offsetMask()));
    }

    @ParameterizedTest(name = "nested {0}/{1}: guest entry k is read after its (m) host reads")
    @CsvSource({"4K, 4K, 4, 4", "2M, 2M, 3, 3", "1G, 4K, 2, 4"})
    void nestedReferenceOrder(String guest, String host, int n, int m) {
        SinglePageWalk.Outcome o = SinglePageWalk.run(MmuConfig.defaults().withoutWalkCaches(), Mode.NESTED,
                PageSize.parseOrNull(guest), PageSize.parseOrNull(host), AccessType.READ, true, 20);
        var refs = o.references();
        int i = 0;
        for (int g = 0; g < n; g++) {
            for (int h = 0; h < m; h++) {
                Reference r = refs.get(i++);
                assertThat(r.dimension()).isEqualTo(References.HOST);
                assertThat(r.level()).isEqualTo(4 - h);
            }
            Reference r = refs.get(i++);
            assertThat(r.dimension()).isEqualTo(References.GUEST);
            assertThat(r.level()).isEqualTo(4 - g);
        }
        for (int h = 0; h < m; h++) assertThat(refs.get(i++).dimension()).isEqualTo(References.HOST);
        assertThat(i).isEqualTo(refs.size());
    }
}
