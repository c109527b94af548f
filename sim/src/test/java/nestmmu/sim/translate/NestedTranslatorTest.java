package nestmmu.sim.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nestmmu.arch.AccessType;
import nestmmu.arch.NpfExitInfo;
import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;
import nestmmu.arch.PfErrorCode;
import nestmmu.arch.Pte;
import nestmmu.config.CacheGeometry;
import nestmmu.sim.cache.NestedTlb;
import nestmmu.sim.pt.EntryPolicy;

class NestedTranslatorTest {
    private static final long VA = NestedFixture.VA;

    private static NestedFixture fixture() {
        return new NestedFixture(PageSize.SIZE_4K, EntryPolicy.HYPERVISOR, EntryPolicy.GUEST_OS, PageSize.SIZE_4K);
    }

    @Test
    void translatesThroughBothTables() {
        NestedFixture f = fixture();
        NestedTranslator t = f.translator(null, null);
        assertThat(f.translate(t, VA, AccessType.READ, true)).isTrue();
        assertThat(t.gpa()).isEqualTo(f.dataGpa() | (VA & 0xfff));
        assertThat(t.pa()).isEqualTo(f.hostAddress(5, t.gpa()));
        assertThat(f.refs.reads()).isEqualTo(24);
    }

    @ParameterizedTest(name = "guest table page {0} (guest level {1}) not present at host level {2}")
    @CsvSource({
        "1, 4, 4", "1, 4, 3", "1, 4, 2", "1, 4, 1",
        "2, 3, 4", "2, 3, 3", "2, 3, 2", "2, 3, 1",
        "3, 2, 4", "3, 2, 3", "3, 2, 2", "3, 2, 1",
        "4, 1, 4", "4, 1, 3", "4, 1, 2", "4, 1, 1",
    })
    void npfOnAGuestTableAccessAtEveryHostLevel(int k, int guestLevel, int hostLevel) {
        NestedFixture f = fixture();
        f.host.clearEntry(NestedFixture.gpa(k), hostLevel);
        NestedTranslator t = f.translator(null, null);
        assertThat(f.translate(t, VA, AccessType.WRITE, true)).isFalse();
        assertThat(t.nestedFault()).isTrue();
        assertThat(t.exitInfo1()).isEqualTo(NpfExitInfo.GUEST_TABLE | PfErrorCode.US);
        assertThat(t.exitInfo2()).isEqualTo(f.guestEntryGpa(k, Paging.index(VA, guestLevel)));
        assertThat(t.guestFaultLevel()).isEqualTo(guestLevel);
        assertThat(t.hostFaultLevel()).isEqualTo(hostLevel);
        assertThat(f.refs.reads()).isEqualTo((k - 1) * 5 + (5 - hostLevel));
    }

    @ParameterizedTest(name = "final guest-physical address not present at host level {0}")
    @CsvSource({"4", "3", "2", "1"})
    void npfOnTheFinalAddressAtEveryHostLevel(int hostLevel) {
        NestedFixture f = fixture();
        f.host.clearEntry(NestedFixture.gpa(5), hostLevel);
        NestedTranslator t = f.translator(null, null);
        assertThat(f.translate(t, VA, AccessType.WRITE, true)).as(f.refs.toString()).isFalse();
        assertThat(t.nestedFault()).isTrue();
        assertThat(t.exitInfo1()).isEqualTo(NpfExitInfo.FINAL_GPA | PfErrorCode.US | PfErrorCode.WR);
        assertThat(t.exitInfo2()).isEqualTo(f.dataGpa() | (VA & 0xfff));
        assertThat(t.hostFaultLevel()).isEqualTo(hostLevel);
        // 20 for the guest walk, 4 more to translate the guest PT page again as a write (the guest leaf
        // gets D; there is no nested TLB to serve it), then the final walk up to the fault
        assertThat(f.refs.reads()).isEqualTo(24 + 5 - hostLevel);
    }

    @ParameterizedTest(name = "host {1} on guest page {0}")
    @CsvSource({
        "1, reserved, " + (NpfExitInfo.GUEST_TABLE | PfErrorCode.US | PfErrorCode.P | PfErrorCode.RSVD),
        "3, supervisor, " + (NpfExitInfo.GUEST_TABLE | PfErrorCode.US | PfErrorCode.P),
        "5, nx, " + (NpfExitInfo.FINAL_GPA | PfErrorCode.US | PfErrorCode.P | PfErrorCode.ID),
        "5, readonly, " + (NpfExitInfo.FINAL_GPA | PfErrorCode.US | PfErrorCode.P | PfErrorCode.WR),
    })
    void hostProtectionAndReservedBitsAreNpfs(int k, String what, long exitInfo1) {
        NestedFixture f = fixture();
        long e = f.host.readEntry(NestedFixture.gpa(k), 1);
        switch (what) {
            case "reserved": e |= NestedFixture.RESERVED_BIT; break;
            case "supervisor": e &= ~Pte.US_BIT; break;
            case "nx": e |= Pte.NX_BIT; break;
            default: e &= ~Pte.RW_BIT; break;
        }
        f.host.writeEntry(NestedFixture.gpa(k), 1, e);
        NestedTranslator t = f.translator(null, null);
        AccessType type = what.equals("nx") ? AccessType.EXECUTE : what.equals("readonly") ? AccessType.WRITE : AccessType.READ;
        assertThat(f.translate(t, VA, type, true)).isFalse();
        assertThat(t.nestedFault()).isTrue();
        assertThat(t.exitInfo1()).isEqualTo(exitInfo1);
    }

    @Test
    @DisplayName("a guest A update needs the nested page writable: read-only guest table page is a #NPF on the write")
    void guestAccessedUpdateIsANestedWrite() {
        NestedFixture f = new NestedFixture(PageSize.SIZE_4K, EntryPolicy.HYPERVISOR, EntryPolicy.CLEAR, PageSize.SIZE_4K);
        long e = f.host.readEntry(NestedFixture.gpa(2), 1);
        f.host.writeEntry(NestedFixture.gpa(2), 1, e & ~Pte.RW_BIT);
        NestedTranslator t = f.translator(null, null);
        assertThat(f.translate(t, VA, AccessType.READ, true)).isFalse();
        assertThat(t.exitInfo1()).isEqualTo(NpfExitInfo.GUEST_TABLE | PfErrorCode.US | PfErrorCode.P | PfErrorCode.WR);
        assertThat(t.exitInfo2()).isEqualTo(f.guestEntryGpa(2, Paging.index(VA, 3)));
        // the PML4E got its A bit before the walk reached the read-only PDPT page
        assertThat(Pte.isSet(f.readGuest(1, Paging.index(VA, 4)), Pte.A)).isTrue();
    }

    @Test
    @DisplayName("with nothing preset, every entry used gets A, the host leaves of written pages get D, in walk order")
    void accessedAndDirtyInBothDimensions() {
        NestedFixture f = new NestedFixture(PageSize.SIZE_4K, EntryPolicy.CLEAR, EntryPolicy.CLEAR, PageSize.SIZE_4K);
        NestedTranslator t = f.translator(null, null);
        assertThat(f.translate(t, VA, AccessType.WRITE, true)).isTrue();
        assertThat(t.dirty()).isTrue();
        String seq = f.refs.toString();
        // the very first host walk (for the guest PML4E) sets A on each host level as it goes
        assertThat(f.refs.isWrite(1)).as(seq).isTrue();
        assertThat(f.refs.dimension(1)).isEqualTo(References.HOST);
        // every guest level's entry is written back (A; A|D at the leaf) right after it is read
        int guestWrites = 0;
        for (int i = 0; i < f.refs.size(); i++) {
            if (f.refs.isWrite(i) && f.refs.dimension(i) == References.GUEST) guestWrites++;
        }
        assertThat(guestWrites).as(seq).isEqualTo(4);
        long leaf = f.readGuest(4, Paging.index(VA, 1));
        assertThat(leaf & (Pte.A_BIT | Pte.D_BIT)).isEqualTo(Pte.A_BIT | Pte.D_BIT);
        assertThat(f.host.lookup(NestedFixture.gpa(5)).entry() & Pte.D_BIT).as("host leaf of the data page").isNotZero();
        assertThat(f.host.lookup(NestedFixture.gpa(2)).entry() & Pte.D_BIT).as("host leaf of a guest table page").isNotZero();
        // a second write finds everything set: the 24 reads alone
        assertThat(f.translate(t, VA, AccessType.WRITE, true)).isTrue();
        assertThat(f.refs.writes()).isZero();
        assertThat(f.refs.reads()).isEqualTo(24);
    }

    @ParameterizedTest(name = "guest {0} / host {1}: page size {2}")
    @CsvSource({"4K, 2M, 4K", "2M, 4K, 4K", "2M, 1G, 2M", "1G, 2M, 2M", "1G, 1G, 1G"})
    void theCombinedPageIsTheSmaller(String guest, String host, String combined) {
        NestedFixture f = new NestedFixture(PageSize.parseOrNull(guest), EntryPolicy.HYPERVISOR, EntryPolicy.GUEST_OS,
                PageSize.parseOrNull(host));
        NestedTranslator t = f.translator(null, null);
        assertThat(f.translate(t, VA, AccessType.READ, true)).as(f.refs.toString()).isTrue();
        assertThat(t.pageShift()).isEqualTo(PageSize.parseOrNull(combined).shift());
    }

    @Test
    void permissionsOfBothDimensionsAreCombined() {
        NestedFixture f = fixture();
        long e = f.host.readEntry(NestedFixture.gpa(5), 1);
        f.host.writeEntry(NestedFixture.gpa(5), 1, (e & ~Pte.RW_BIT) | Pte.NX_BIT);
        NestedTranslator t = f.translator(null, null);
        assertThat(f.translate(t, VA, AccessType.READ, true)).isTrue();
        assertThat(t.perms()).isEqualTo(PermissionBits.U);
        // the guest denies first: a write to a guest read-only page is the guest's #PF, not a #NPF
        long leaf = f.readGuest(4, Paging.index(VA, 1));
        f.writeGuest(4, Paging.index(VA, 1), leaf & ~Pte.RW_BIT);
        assertThat(f.translate(t, VA, AccessType.WRITE, true)).isFalse();
        assertThat(t.nestedFault()).isFalse();
        assertThat(t.errorCode()).isEqualTo(PfErrorCode.P | PfErrorCode.WR | PfErrorCode.US);
    }

    @ParameterizedTest(name = "guest {0} at level {1}")
    @CsvSource({"notPresent, 4", "notPresent, 3", "notPresent, 2", "notPresent, 1", "reserved, 3", "reserved, 1"})
    void guestFaultsAreGuestPageFaults(String kind, int level) {
        NestedFixture f = fixture();
        int k = 5 - level;
        int index = Paging.index(VA, level);
        long e = f.readGuest(k, index);
        boolean notPresent = kind.equals("notPresent");
        f.writeGuest(k, index, notPresent ? e & ~Pte.P_BIT : e | NestedFixture.RESERVED_BIT);
        NestedTranslator t = f.translator(null, null);
        assertThat(f.translate(t, VA, AccessType.READ, false)).isFalse();
        assertThat(t.nestedFault()).isFalse();
        assertThat(t.errorCode()).isEqualTo(notPresent ? 0 : PfErrorCode.P | PfErrorCode.RSVD);
        assertThat(t.guestFaultLevel()).isEqualTo(level);
        assertThat(f.refs.reads()).isEqualTo((5 - level) * 5);
    }

    /** Plants {@code kind} in the entry at {@code level} on a path; returns the error-code bits it must cause. */
    private static int plant(NestedFixture f, boolean guest, int k, int level, String kind) {
        long va = guest ? VA : (k == 5 ? f.finalGpa() : NestedFixture.gpa(k));
        int index = Paging.index(va, level);
        long e = guest ? f.readGuest(5 - level, index) : f.host.readEntry(va, level);
        int bits;
        switch (kind) {
            case "notPresent": e &= ~Pte.P_BIT; bits = 0; break;
            case "reserved": e |= NestedFixture.RESERVED_BIT; bits = PfErrorCode.P | PfErrorCode.RSVD; break;
            case "psInPml4": e |= Pte.PS_BIT; bits = PfErrorCode.P | PfErrorCode.RSVD; break;
            case "misaligned": e |= 1L << 13; bits = PfErrorCode.P | PfErrorCode.RSVD; break;
            default: e &= ~Pte.RW_BIT; bits = PfErrorCode.P; break; // "readOnly", judged at the leaf
        }
        if (guest) f.writeGuest(5 - level, index, e);
        else f.host.writeEntry(va, level, e);
        return bits;
    }

    @ParameterizedTest(name = "guest {0} at level {1}: a guest #PF")
    @CsvSource({
        "notPresent, 4, 4K", "notPresent, 3, 4K", "notPresent, 2, 4K", "notPresent, 1, 4K",
        "reserved, 4, 4K", "reserved, 3, 4K", "reserved, 2, 4K", "reserved, 1, 4K",
        "psInPml4, 4, 4K", "misaligned, 2, 2M", "misaligned, 3, 1G",
        "readOnly, 4, 4K", "readOnly, 3, 4K", "readOnly, 2, 4K", "readOnly, 1, 4K",
    })
    void everyGuestFaultAtEveryLevel(String kind, int level, String guestPage) {
        NestedFixture f = new NestedFixture(PageSize.parseOrNull(guestPage), EntryPolicy.HYPERVISOR, EntryPolicy.GUEST_OS,
                PageSize.SIZE_4K);
        int bits = plant(f, true, 0, level, kind);
        NestedTranslator t = f.translator(null, null);
        assertThat(f.translate(t, VA, AccessType.WRITE, true)).isFalse();
        assertThat(t.nestedFault()).isFalse();
        assertThat(t.errorCode()).isEqualTo(bits | PfErrorCode.WR | PfErrorCode.US);
        int leafLevel = PageSize.parseOrNull(guestPage).leafLevel();
        assertThat(t.guestFaultLevel()).isEqualTo(kind.equals("readOnly") ? leafLevel : level);
    }

    @ParameterizedTest(name = "host {0} at level {1} on the path of guest page {2}: a #NPF")
    @CsvSource({
        "notPresent, 4, 2", "notPresent, 1, 2", "notPresent, 4, 5", "notPresent, 2, 5",
        "reserved, 4, 1", "reserved, 3, 1", "reserved, 2, 1", "reserved, 1, 1",
        "reserved, 4, 5", "reserved, 3, 5", "reserved, 2, 5", "reserved, 1, 5",
        "psInPml4, 4, 3", "psInPml4, 4, 5",
        "readOnly, 4, 5", "readOnly, 3, 5", "readOnly, 2, 5", "readOnly, 1, 5",
    })
    void everyHostFaultAtEveryLevel(String kind, int level, int k) {
        NestedFixture f = fixture();
        int bits = plant(f, false, k, level, kind);
        NestedTranslator t = f.translator(null, null);
        assertThat(f.translate(t, VA, AccessType.WRITE, true)).as(f.refs.toString()).isFalse();
        assertThat(t.nestedFault()).isTrue();
        long where = k == 5 ? NpfExitInfo.FINAL_GPA : NpfExitInfo.GUEST_TABLE;
        // guest table reads are nested reads; only the final access (a write here) carries WR
        int access = PfErrorCode.US | (k == 5 ? PfErrorCode.WR : 0);
        assertThat(t.exitInfo1()).isEqualTo(where | bits | access);
        assertThat(t.exitInfo2()).isEqualTo(k == 5 ? f.finalGpa() : f.guestEntryGpa(k, Paging.index(VA, 5 - k)));
        assertThat(t.hostFaultLevel()).isEqualTo(kind.equals("readOnly") ? 1 : level);
    }

    @Test
    void aMisalignedHostLargePageIsAReservedBitNpf() {
        NestedFixture f = new NestedFixture(PageSize.SIZE_4K, EntryPolicy.HYPERVISOR, EntryPolicy.GUEST_OS, PageSize.SIZE_2M);
        f.host.writeEntry(f.finalGpa(), 2, f.host.readEntry(f.finalGpa(), 2) | (1L << 13));
        NestedTranslator t = f.translator(null, null);
        assertThat(f.translate(t, VA, AccessType.READ, true)).isFalse();
        assertThat(t.exitInfo1()).isEqualTo(NpfExitInfo.FINAL_GPA | PfErrorCode.US | PfErrorCode.P | PfErrorCode.RSVD);
        assertThat(t.hostFaultLevel()).isEqualTo(2);
    }

    @Test
    @DisplayName("the nested TLB serves guest table pages: a second walk of a neighbour reads 4 guest entries + 4 host entries")
    void nestedTlbSavesHostWalksOfGuestTables() {
        NestedFixture f = fixture();
        NestedTlb ntlb = new NestedTlb(CacheGeometry.fullyAssociative(16));
        NestedTranslator t = f.translator(null, ntlb);
        assertThat(f.translate(t, VA, AccessType.READ, true)).isTrue();
        assertThat(f.refs.reads()).isEqualTo(24);
        assertThat(ntlb.validCount()).isEqualTo(4);
        assertThat(f.translate(t, VA, AccessType.READ, true)).isTrue();
        assertThat(f.refs.reads()).isEqualTo(4 + 4);
        assertThat(ntlb.hits()).isEqualTo(4);
    }
}
