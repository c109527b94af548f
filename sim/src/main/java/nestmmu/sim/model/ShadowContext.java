package nestmmu.sim.model;

import nestmmu.sim.pt.PageTable;

/** One guest address space's shadow table (guest VA to host PA, in host memory), kept across CR3 switches. */
final class ShadowContext {
    final long guestCr3;
    final PageTable table;
    int asid;

    ShadowContext(long guestCr3, PageTable table, int asid) {
        this.guestCr3 = guestCr3;
        this.table = table;
        this.asid = asid;
    }
}
