package nestmmu.sim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import nestmmu.arch.Mode;
import nestmmu.arch.NpfExitInfo;
import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;
import nestmmu.arch.PfErrorCode;
import nestmmu.config.MmuConfig;
import nestmmu.io.Json;
import nestmmu.sim.model.SinglePageWalk;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.Reference;
import nestmmu.sim.translate.Translation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./mmu walk}: one translation in fresh tables with cold caches, and every memory reference it makes. */
@Command(name = "walk", mixinStandardHelpOptions = true,
        description = {"Map one page in fresh tables and translate one address in it with every cache cold and empty;",
                "show the walk's memory references in order (refs = reads). In shadow mode the VMM fills the shadow",
                "entry first; refs is the MMU's walk of the shadow table alone, the VMM's work is vmExits and vmmReads."})
public final class WalkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PagingOptions paging;

    @Option(names = "--access", defaultValue = "read", paramLabel = "read|write|execute",
            description = "Kind of access. Default: ${DEFAULT-VALUE}.")
    String access;

    @Option(names = "--supervisor", description = "A supervisor access (default: user).")
    boolean supervisor;

    @Override
    public Integer call() {
        Mode m = paging.mode();
        PageSize guest = paging.guestPage();
        PageSize host = paging.hostPage();
        int latency = paging.memLatency();
        MmuConfig cfg = paging.config();
        SinglePageWalk.Outcome o = SinglePageWalk.run(cfg, m, guest, host, CliValues.access(access), !supervisor, latency);
        PrintWriter out = spec.commandLine().getOut();
        out.print(paging.json ? Json.write(toJson(o, cfg)) : toText(o, cfg));
        out.flush();
        return 0;
    }

    static Map<String, Object> toJson(SinglePageWalk.Outcome o, MmuConfig cfg) {
        Translation t = o.translation();
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("mode", o.mode().label());
        j.put("guestPage", o.guestPage().label());
        j.put("hostPage", o.mode() == Mode.NATIVE ? null : o.hostPage().label());
        j.put("config", cfg.name());
        j.put("access", o.access().name().toLowerCase(Locale.ROOT));
        j.put("user", o.user());
        j.put("va", CliValues.hex(o.va()));
        j.put("refs", o.reads());
        List<Map<String, Object>> reads = new ArrayList<>();
        List<Map<String, Object>> writes = new ArrayList<>();
        for (Reference r : o.references()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("dimension", r.dimensionName());
            e.put("level", r.level());
            e.put("address", CliValues.hex(r.address()));
            if (r.write()) {
                e.put("value", CliValues.hex(r.value()));
                writes.add(e);
            } else {
                reads.add(e);
            }
        }
        j.put("reads", reads);
        j.put("writes", writes);
        j.put("result", t.ok() ? CliValues.hex(t.hpa()) : null);
        j.put("gpa", o.guestPhysical() < 0 ? null : CliValues.hex(o.guestPhysical()));
        j.put("pageSize", t.ok() ? t.pageSize().label() : null);
        j.put("permissions", t.ok() ? t.permissions().spelling() : null);
        j.put("fault", faultJson(t));
        j.put("cycles", t.cycles());
        j.put("memLatency", o.memLatency());
        j.put("vmExits", o.vmExits());
        j.put("vmmReads", o.vmmReads());
        return j;
    }

    private static Map<String, Object> faultJson(Translation t) {
        if (t.ok()) return null;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("kind", t.fault().label());
        if (t.fault() == FaultKind.PAGE_FAULT) {
            f.put("errorCode", CliValues.hex(t.errorCode()));
            f.put("errorBits", PfErrorCode.describe(t.errorCode()));
            f.put("va", CliValues.hex(t.faultVa()));
        } else {
            f.put("exitInfo1", CliValues.hex(t.exitInfo1()));
            f.put("exitInfo2", CliValues.hex(t.exitInfo2()));
        }
        return f;
    }

    static String toText(SinglePageWalk.Outcome o, MmuConfig cfg) {
        StringBuilder b = new StringBuilder();
        Translation t = o.translation();
        String pages = o.mode() == Mode.NATIVE ? o.guestPage() + " pages"
                : "guest " + o.guestPage() + " / host " + o.hostPage() + " pages";
        b.append(String.format(Locale.ROOT, "%s walk, %s, %s by %s at %s (config %s)%n", o.mode().label(), pages,
                o.access().name().toLowerCase(Locale.ROOT), o.user() ? "user" : "supervisor", CliValues.hex(o.va()), cfg.name()));
        int n = 0;
        for (Reference r : o.references()) {
            b.append(String.format(Locale.ROOT, "  %2d  %s %-5s %-4s %-5s %-14s %s%n", ++n, r.write() ? "write" : "read ",
                    r.dimensionName(), "L" + r.level(), Paging.levelName(r.level()), CliValues.hex(r.address()),
                    r.write() ? "<- " + CliValues.hex(r.value()) : "= " + CliValues.hex(r.value())));
        }
        if (t.ok()) {
            b.append(String.format(Locale.ROOT, "  -> host-physical %s, %s page, %s%s%n", CliValues.hex(t.hpa()),
                    t.pageSize(), t.permissions(), o.guestPhysical() < 0 ? "" : " (guest-physical " + CliValues.hex(o.guestPhysical()) + ")"));
        } else if (t.fault() == FaultKind.PAGE_FAULT) {
            b.append(String.format(Locale.ROOT, "  -> #PF, error code %s (%s)%n", CliValues.hex(t.errorCode()), PfErrorCode.describe(t.errorCode())));
        } else {
            b.append(String.format(Locale.ROOT, "  -> #NPF, EXITINFO1 %s (%s%s), EXITINFO2 %s%n", CliValues.hex(t.exitInfo1()),
                    PfErrorCode.describe(t.exitInfo1() & NpfExitInfo.ERROR_CODE_MASK),
                    (t.exitInfo1() & NpfExitInfo.GUEST_TABLE) != 0 ? ", guest table" : ", final address",
                    CliValues.hex(t.exitInfo2())));
        }
        b.append(String.format(Locale.ROOT, "refs %d (reads), writes %d, cycles %d at memLatency %d%n", o.reads(),
                o.references().size() - o.reads(), t.cycles(), o.memLatency()));
        if (o.mode() == Mode.SHADOW) {
            b.append("VMM before the walk: vmExits ").append(o.vmExits()).append(", vmmReads ").append(o.vmmReads()).append('\n');
        }
        return b.toString();
    }
}
