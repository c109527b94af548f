package nestmmu.sim.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nestmmu.config.CacheGeometry;

class WalkCachesTest {
    private static final long VA = 0x7f5a_b3c4_d5e8L;

    @Test
    void pageWalkCacheReturnsTheDeepestLevelForTheVaPrefix() {
        PageWalkCache c = new PageWalkCache(CacheGeometry.fullyAssociative(8));
        c.fill(1, 1, 4, VA, 0x1000, 7);
        c.fill(1, 1, 3, VA, 0x2000, 7);
        int s = c.lookupDeepest(1, 1, VA ^ (1L << 29)); // bit 29 is inside the same 1G region
        assertThat(c.level(s)).isEqualTo(3);
        s = c.lookupDeepest(1, 1, VA ^ (1L << 35));      // other 1G region, same 512G
        assertThat(c.level(s)).isEqualTo(4);
        assertThat(c.nextTable(s)).isEqualTo(0x1000);
        c.fill(1, 1, 2, VA, 0x3000, 3);
        s = c.lookupDeepest(1, 1, VA);
        assertThat(c.level(s)).isEqualTo(2);
        assertThat(c.perms(s)).isEqualTo(3);
        assertThat(c.lookupDeepest(1, 2, VA)).as("another ASID").isEqualTo(-1);
        assertThat(c.lookupDeepest(2, 1, VA)).as("another VMID").isEqualTo(-1);
        assertThat(c.hits()).isEqualTo(3);
        assertThat(c.lookups()).isEqualTo(5);
    }

    @Test
    void pageWalkCacheFlushes() {
        PageWalkCache c = new PageWalkCache(new CacheGeometry(8, 2));
        c.fill(1, 1, 4, VA, 0x1000, 7);
        c.fill(1, 2, 4, VA, 0x1000, 7);
        c.fill(2, 1, 4, VA, 0x1000, 7);
        c.flushAsid(1, 1);
        assertThat(c.validCount()).isEqualTo(2);
        c.flushVmid(1);
        assertThat(c.validCount()).isEqualTo(1);
        c.flushAll();
        assertThat(c.validCount()).isZero();
    }

    @Test
    void nestedTlbIsTaggedByVmidAndGuestPage() {
        NestedTlb n = new NestedTlb(new CacheGeometry(4, 2));
        n.fill(1, 0x100, 0x40100, 7, true);
        n.fill(2, 0x100, 0x80100, 7, false);
        int s = n.lookup(1, 0x100);
        assertThat(n.hostPage(s)).isEqualTo(0x40100);
        assertThat(n.dirty(n.lookup(2, 0x100))).isFalse();
        assertThat(n.lookup(1, 0x102)).isEqualTo(-1);
        n.flushVmid(1);
        assertThat(n.lookup(1, 0x100)).isEqualTo(-1);
        assertThat(n.lookup(2, 0x100)).isGreaterThanOrEqualTo(0);
    }
}
