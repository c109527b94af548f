package nestmmu.sim.report;

import java.util.List;

import nestmmu.arch.PageSize;

/**
 * A guest page size and the host page size the hypervisor backs guest memory with. In native mode
 * there is one table, so its pair is {@code G/G}: the page the OS maps is the physical page.
 */
public record PagePair(PageSize guest, PageSize host) {
    /** The pairs of the study, in the order the report shows them. */
    public static final List<PagePair> STUDIED = List.of(
            of(PageSize.SIZE_4K, PageSize.SIZE_4K),
            of(PageSize.SIZE_4K, PageSize.SIZE_2M),
            of(PageSize.SIZE_2M, PageSize.SIZE_4K),
            of(PageSize.SIZE_2M, PageSize.SIZE_2M),
            of(PageSize.SIZE_1G, PageSize.SIZE_1G));

    public static PagePair of(PageSize guest, PageSize host) {
        return new PagePair(guest, host);
    }

    /** The native pair of a guest page size. */
    public static PagePair nativeOf(PageSize guest) {
        return new PagePair(guest, guest);
    }

    /** "4K/2M". */
    public String label() {
        return guest.label() + "/" + host.label();
    }

    @Override
    public String toString() {
        return label();
    }
}
