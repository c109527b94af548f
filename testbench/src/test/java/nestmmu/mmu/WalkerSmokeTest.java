package nestmmu.mmu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nestmmu.arch.AccessType;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.config.MmuConfig;
import nestmmu.sim.model.Context;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;
import nestmmu.tb.Duts;
import nestmmu.tb.RtlTest;

/**
 * The walker on hand-built tables, caches cold: every page size of a native walk and the nested
 * walks of the issue, each against the golden model — result, reference sequence, cycle count.
 */
@RtlTest
class WalkerSmokeTest {
    static final long VA = 0x7f5a_b3c4_d5e8L;
    static final int LATENCY = 3;
    static final MmuConfig CONFIG = MmuConfig.defaults();

    record One(Context context) {}

    @ParameterizedTest(name = "native {0} walk makes {1} references")
    @CsvSource({"4K, 4", "2M, 3", "1G, 2"})
    void nativeWalk(String page, int reads, Duts duts) {
        PageSize size = PageSize.parseOrNull(page);
        MmuPair<One> pair = new MmuPair<>(duts, CONFIG, LATENCY, null,
                () -> new TestWorld(CONFIG.physAddrBits(), PageSize.SIZE_4K, EntryPolicy.CLEAR, EntryPolicy.HYPERVISOR, EntryPolicy.GUEST_OS),
                w -> {
                    PageTable t = w.nativeTable();
                    w.mapNative(t, VA, size, Permissions.ALL, false);
                    return new One(Context.nativeMode(1, 1, t.root()));
                });
        Observed first = pair.translate(pair.setup.context(), VA, AccessType.WRITE, true);
        assertThat(first.reads()).isEqualTo(reads);
        Observed again = pair.translate(pair.setup.context(), VA, AccessType.WRITE, true);
        assertThat(again.cycles()).isEqualTo(1);
    }

    @ParameterizedTest(name = "nested {0}/{1} walk makes {2} references")
    @CsvSource({"4K, 4K, 24", "1G, 1G, 8", "2M, 4K, 19", "4K, 2M, 19", "2M, 2M, 15"})
    void nestedWalk(String guestPage, String hostPage, int reads, Duts duts) {
        PageSize guest = PageSize.parseOrNull(guestPage);
        PageSize host = PageSize.parseOrNull(hostPage);
        MmuConfig noCaches = CONFIG.withoutWalkCaches();
        MmuPair<One> pair = new MmuPair<>(duts, noCaches, LATENCY, null,
                () -> new TestWorld(CONFIG.physAddrBits(), host, EntryPolicy.CLEAR, EntryPolicy.HYPERVISOR, EntryPolicy.GUEST_OS),
                w -> {
                    PageTable g = w.guestTable();
                    w.mapGuest(g, VA, guest, Permissions.ALL, false);
                    return new One(Context.nested(2, 1, g.root(), w.host.root()));
                });
        Observed first = pair.translate(pair.setup.context(), VA, AccessType.READ, true);
        assertThat(first.reads()).isEqualTo(reads);
        pair.translate(pair.setup.context(), VA, AccessType.WRITE, true);
    }
}
