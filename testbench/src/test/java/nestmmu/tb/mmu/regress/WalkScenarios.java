package nestmmu.tb.mmu.regress;

import static nestmmu.tb.mmu.regress.Rig.VA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.sim.model.Context;
import nestmmu.sim.model.Machine;
import nestmmu.sim.model.RunOptions;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.sim.translate.TranslationSource;

/** Every page-size combination: native 4K/2M/1G, nested guest × host, shadow (through the VMM). */
final class WalkScenarios {
    private WalkScenarios() {}

    static List<Scenario> all() {
        List<Scenario> list = new ArrayList<>();
        for (PageSize size : PageSize.values()) list.add(oneStage(size));
        for (PageSize guest : PageSize.values()) {
            for (PageSize host : PageSize.values()) list.add(nested(guest, host));
        }
        for (PageSize guest : PageSize.values()) {
            for (PageSize host : PageSize.values()) list.add(shadow(guest, host));
        }
        list.add(randomLatency());
        return list;
    }

    private static int levels(PageSize size) {
        return 5 - size.leafLevel();
    }

    private static Scenario oneStage(PageSize size) {
        int refs = levels(size);
        return new Scenario("native " + size + " walk makes " + refs + " references, then hits", s -> {
            Rig rig = s.rig();
            OneStageWorld w = new OneStageWorld(rig, EntryPolicy.GUEST_OS).map(VA, size, Permissions.ALL);
            Context c = w.context(Mode.NATIVE, 0, 1);
            TranslationResult r = rig.translate(c, VA, AccessType.READ, true);
            assertThat(r.fault()).isEqualTo(FaultKind.NONE);
            assertThat(r.pageSize()).isEqualTo(size);
            assertThat(r.hpa()).isEqualTo(OneStageWorld.expectedPa(VA, size));
            assertThat(rig.mmu().references().size()).isEqualTo(refs);
            r = rig.translate(c, VA ^ 8, AccessType.READ, true);
            assertThat(r.source()).isEqualTo(TranslationSource.L1_TLB);
        });
    }

    private static Scenario nested(PageSize guest, PageSize host) {
        int refs = (levels(guest) + 1) * (levels(host) + 1) - 1;
        return new Scenario("nested " + guest + "/" + host + " walk makes " + refs + " references, a "
                + PageSize.min(guest, host) + " translation", s -> {
            Rig rig = s.rig();
            NestedWorld w = NestedWorld.simple(rig, VA, guest, host);
            TranslationResult r = rig.translate(w.context(1, 1), VA, AccessType.READ, true);
            assertThat(r.fault()).isEqualTo(FaultKind.NONE);
            assertThat(r.pageSize()).isEqualTo(PageSize.min(guest, host));
            assertThat(r.hpa()).isEqualTo(w.hostAddress(w.finalGpa(VA, guest)));
            assertThat(rig.mmu().references().size()).isEqualTo(refs);
        });
    }

    private static Scenario randomLatency() {
        return new Scenario("nested 4K/4K walks with A/D writes under random memory latency and back-pressure", s -> {
            Rig rig = s.rigWithRandomLatency();
            NestedWorld w = new NestedWorld(rig, EntryPolicy.CLEAR, EntryPolicy.CLEAR, false);
            for (int i = 0; i < 8; i++) w.mapGuest(VA + i * 0x20_0000L, PageSize.SIZE_4K, Permissions.ALL);
            w.backTables(PageSize.SIZE_4K, Permissions.ALL);
            for (int i = 0; i < 8; i++) w.backData(w.finalGpa(VA + i * 0x20_0000L, PageSize.SIZE_4K), PageSize.SIZE_4K, Permissions.ALL);
            for (int i = 0; i < 8; i++) {
                AccessType type = i % 2 == 0 ? AccessType.WRITE : AccessType.READ;
                assertThat(rig.translate(w.context(1, 1), VA + i * 0x20_0000L, type, true).ok()).isTrue();
            }
        });
    }

    private static Scenario shadow(PageSize guest, PageSize host) {
        PageSize shadowPage = PageSize.min(guest, host);
        return new Scenario("shadow " + guest + " guest / " + host + " host: the VMM fills a " + shadowPage
                + " shadow leaf, walked in " + levels(shadowPage) + " references", s -> {
            Machine m = s.machine(RunOptions.of(Mode.SHADOW).withPages(guest, host));
            Rig rig = s.rig(m);
            m.os().populate(VA, Permissions.ALL);
            assertThat(m.platform().access(VA, AccessType.READ, true).ok()).isTrue();
            rig.mmu().flushAll();
            TranslationResult r = rig.translate(m.platform().context(), VA, AccessType.READ, true);
            assertThat(r.source()).isEqualTo(TranslationSource.WALK);
            assertThat(r.pageSize()).isEqualTo(shadowPage);
            assertThat(rig.mmu().references().size()).isEqualTo(levels(shadowPage));
        });
    }
}
