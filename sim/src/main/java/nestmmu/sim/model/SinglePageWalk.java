package nestmmu.sim.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.config.MmuConfig;
import nestmmu.sim.translate.Reference;
import nestmmu.sim.translate.Translation;
import nestmmu.sim.translate.TranslationResult;

/**
 * The experiment behind {@code ./mmu walk}: one page mapped in fresh tables (rwx, user), then one
 * translation of an address in it with every cache cold and empty. In shadow mode the VMM has
 * filled the shadow entry first (its exits and software reads are reported apart); the walk
 * measured is the MMU's walk of the shadow table alone.
 */
public final class SinglePageWalk {
    /** The address translated: every level's index differs, so the reads are easy to tell apart. */
    public static final long VA = 0x0000_7f5a_b3c4_d5e8L;

    /**
     * @param guestPhysical guest-physical address the guest walk produced (-1 in native mode)
     * @param references    the walk's memory references in order
     * @param vmExits       VMM exits by reason before the measured walk (shadow mode; zeros otherwise)
     * @param vmmReads      guest entries the VMM read in software to fill the shadow
     */
    public record Outcome(Mode mode, PageSize guestPage, PageSize hostPage, AccessType access, boolean user, long va,
                          long guestPhysical, Translation translation, List<Reference> references,
                          Map<String, Long> vmExits, long vmmReads, int memLatency) {
        /** Memory reads of the walk (the {@code refs} of the CLI). */
        public long reads() { return references.stream().filter(r -> !r.write()).count(); }
    }

    private SinglePageWalk() {}

    public static Outcome run(MmuConfig config, Mode mode, PageSize guestPage, PageSize hostPage, AccessType access,
                              boolean user, int memLatency) {
        RunOptions options = new RunOptions(mode, guestPage, hostPage, memLatency, ExitCosts.defaults());
        Machine m = Machine.create(config, options);
        long gpa = m.os().populate(VA, Permissions.ALL) | (VA & guestPage.offsetMask());
        if (mode == Mode.SHADOW) {
            TranslationResult fill = m.platform().access(VA, access, user);
            if (!fill.ok()) throw new IllegalStateException("the VMM could not fill the shadow: " + fill.fault());
        }
        m.mmu().flushAll();
        TranslationResult r = m.mmu().translate(m.platform().context(), VA, access, user);
        Translation t = r.snapshot();
        List<Reference> refs = m.mmu().references().snapshot();
        Map<String, Long> exits = new LinkedHashMap<>();
        for (VmExitReason reason : VmExitReason.values()) exits.put(reason.label(), m.vmm() == null ? 0 : m.vmm().exits(reason));
        return new Outcome(mode, guestPage, hostPage, access, user, VA, mode == Mode.NATIVE ? -1 : gpa, t, refs, exits,
                m.vmm() == null ? 0 : m.vmm().vmmReads(), memLatency);
    }
}
