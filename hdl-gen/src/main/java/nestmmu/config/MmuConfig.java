package nestmmu.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import nestmmu.io.BadInputException;
import nestmmu.io.Json;

/**
 * One MMU configuration: read from {@code rtl/configs/*.json}, and shared by the generators,
 * the golden model and the harness so that RTL and model cannot drift apart.
 *
 * <pre>
 * {
 *   "name": "default",
 *   "physAddrBits": 40,            // 32..52
 *   "vmidBits": 8,                 // 1..16
 *   "asidBits": 12,                // 1..16
 *   "l1Tlb":     {"entries": 32, "ways": 32},   // ways omitted = fully associative
 *   "l2Tlb":     {"entries": 0},                // 0 or omitted = absent
 *   "pwc":       {"entries": 16, "ways": 16},   // page-walk cache of guest upper-level entries
 *   "nestedTlb": {"entries": 16, "ways": 16}    // guest-physical -> host-physical for guest table pages
 * }
 * </pre>
 */
public record MmuConfig(
        String name,
        int physAddrBits,
        int vmidBits,
        int asidBits,
        CacheGeometry l1Tlb,
        CacheGeometry l2Tlb,
        CacheGeometry pwc,
        CacheGeometry nestedTlb) {

    public static final int MIN_PHYS_ADDR_BITS = 32;
    public static final int MAX_PHYS_ADDR_BITS = 52;
    public static final int MAX_TAG_BITS = 16;
    public static final int MAX_TLB_ENTRIES = 4096;
    public static final int MAX_L2_TLB_ENTRIES = 65536;
    public static final int MAX_WALK_CACHE_ENTRIES = 1024;

    public MmuConfig {
        validate(name, physAddrBits, vmidBits, asidBits, l1Tlb, l2Tlb, pwc, nestedTlb);
    }

    /** The reference configuration, the same as {@code rtl/configs/default.json}. */
    public static MmuConfig defaults() {
        return new MmuConfig("default", 40, 8, 12, CacheGeometry.fullyAssociative(32), CacheGeometry.NONE,
                CacheGeometry.fullyAssociative(16), CacheGeometry.fullyAssociative(16));
    }

    /** The same MMU without its page-walk cache and nested TLB. */
    public MmuConfig withoutWalkCaches() {
        return new MmuConfig(name + "-nowc", physAddrBits, vmidBits, asidBits, l1Tlb, l2Tlb,
                CacheGeometry.NONE, CacheGeometry.NONE);
    }

    public boolean hasWalkCaches() {
        return pwc.enabled() || nestedTlb.enabled();
    }

    // ---------------------------------------------------------------- reading

    /** Reads and validates a config file; every error names the file, the field and the value. */
    public static MmuConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such config file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read config: " + e.getMessage());
        }
        String base = file.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            return parse(text, base);
        } catch (BadInputException e) {
            throw e.at(file.toString());
        }
    }

    /** Parses config JSON; {@code defaultName} is used when the JSON has no "name". */
    public static MmuConfig parse(String json, String defaultName) {
        StrictJson.Obj root = StrictJson.parseObject(json);
        root.allowOnly("name", "physAddrBits", "vmidBits", "asidBits", "l1Tlb", "l2Tlb", "pwc", "nestedTlb");
        String name = root.string("name", defaultName);
        int phys = root.integer("physAddrBits", 40);
        int vmid = root.integer("vmidBits", 8);
        int asid = root.integer("asidBits", 12);
        CacheGeometry l1 = geometry(root, "l1Tlb", true);
        CacheGeometry l2 = geometry(root, "l2Tlb", false);
        CacheGeometry pwc = geometry(root, "pwc", false);
        CacheGeometry ntlb = geometry(root, "nestedTlb", false);
        return new MmuConfig(name, phys, vmid, asid, l1, l2, pwc, ntlb);
    }

    private static CacheGeometry geometry(StrictJson.Obj root, String field, boolean required) {
        StrictJson.Obj o = root.object(field, required);
        if (o == null) return CacheGeometry.NONE;
        o.allowOnly("entries", "ways");
        int entries = o.integer("entries", required ? null : 0);
        int ways = o.integer("ways", entries);
        return new CacheGeometry(entries, ways);
    }

    private static void validate(String name, int phys, int vmid, int asid, CacheGeometry l1, CacheGeometry l2,
                                 CacheGeometry pwc, CacheGeometry ntlb) {
        if (name == null || !name.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
            throw new BadInputException("name: must be letters, digits, '_', '.' or '-', got " + Json.GSON.toJson(name));
        }
        range("physAddrBits", phys, MIN_PHYS_ADDR_BITS, MAX_PHYS_ADDR_BITS);
        range("vmidBits", vmid, 1, MAX_TAG_BITS);
        range("asidBits", asid, 1, MAX_TAG_BITS);
        checkGeometry("l1Tlb", l1, 1, MAX_TLB_ENTRIES);
        checkGeometry("l2Tlb", l2, 0, MAX_L2_TLB_ENTRIES);
        checkGeometry("pwc", pwc, 0, MAX_WALK_CACHE_ENTRIES);
        checkGeometry("nestedTlb", ntlb, 0, MAX_WALK_CACHE_ENTRIES);
        if (l2.enabled() && l2.entries() <= l1.entries()) {
            throw new BadInputException("l2Tlb.entries: must be larger than l1Tlb.entries (" + l1.entries()
                    + "), got " + l2.entries());
        }
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadInputException(field + ": must be between " + min + " and " + max + ", got " + value);
        }
    }

    private static void checkGeometry(String field, CacheGeometry g, int minEntries, int maxEntries) {
        int e = g.entries();
        if (e == 0 && minEntries == 0) {
            if (g.ways() != 0) throw new BadInputException(field + ".ways: must be 0 when entries is 0, got " + g.ways());
            return;
        }
        range(field + ".entries", e, Math.max(1, minEntries), maxEntries);
        if (Integer.bitCount(e) != 1) {
            throw new BadInputException(field + ".entries: must be a power of two, got " + e);
        }
        if (g.ways() < 1 || Integer.bitCount(g.ways()) != 1) {
            throw new BadInputException(field + ".ways: must be a power of two, got " + g.ways());
        }
        if (g.ways() > e) {
            throw new BadInputException(field + ".ways: must not exceed entries (" + e + "), got " + g.ways());
        }
    }

    // ---------------------------------------------------------------- writing

    /** Canonical JSON of this config (the form in {@code rtl/configs/}). */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("physAddrBits", physAddrBits);
        m.put("vmidBits", vmidBits);
        m.put("asidBits", asidBits);
        m.put("l1Tlb", geometryJson(l1Tlb));
        m.put("l2Tlb", geometryJson(l2Tlb));
        m.put("pwc", geometryJson(pwc));
        m.put("nestedTlb", geometryJson(nestedTlb));
        return Json.write(m);
    }

    private static Map<String, Object> geometryJson(CacheGeometry g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entries", g.entries());
        m.put("ways", g.ways());
        return m;
    }
}
