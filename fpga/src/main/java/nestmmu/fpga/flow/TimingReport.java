package nestmmu.fpga.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What nextpnr's {@code --report} JSON says after routing: the maximum frequency each clock
 * reached against its constraint, and how many of each placed resource were used
 * ({@code ICESTORM_LC}, {@code ICESTORM_RAM}, {@code SB_IO}, ...).
 */
public record TimingReport(List<ClockTiming> clocks, Map<String, Resource> resources) {

    /**
     * One clock domain. {@code clock} is the user's net name ({@code clk_i}); {@code net} is the
     * routed net nextpnr names ({@code clk_i$SB_IO_IN_$glb_clk}).
     */
    public record ClockTiming(String clock, String net, double achievedMHz, double constraintMHz) {
        public boolean met() { return achievedMHz >= constraintMHz; }
    }

    public record Resource(int used, int available) {}

    public TimingReport {
        clocks = List.copyOf(clocks);
        resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
    }

    public static TimingReport read(Path reportJson) {
        return ToolOutput.parse(reportJson, "nextpnr report", TimingReport::parse);
    }

    static TimingReport parse(String text) {
        JsonObject root = JsonParser.parseString(text).getAsJsonObject();
        List<ClockTiming> clocks = new ArrayList<>();
        if (root.has("fmax")) {
            for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("fmax").entrySet()) {
                JsonObject c = e.getValue().getAsJsonObject();
                clocks.add(new ClockTiming(clockName(e.getKey()), e.getKey(),
                        c.get("achieved").getAsDouble(), c.get("constraint").getAsDouble()));
            }
        }
        clocks.sort(Comparator.comparing(ClockTiming::net));
        Map<String, Resource> resources = new LinkedHashMap<>();
        if (root.has("utilization")) {
            for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("utilization").entrySet()) {
                JsonObject r = e.getValue().getAsJsonObject();
                resources.put(e.getKey(), new Resource(r.get("used").getAsInt(), r.get("available").getAsInt()));
            }
        }
        return new TimingReport(clocks, resources);
    }

    /**
     * What nextpnr's log says when it could not place the design: no clocks, and the resources of
     * its "Device utilisation" table (used / available), which it prints before placing.
     */
    public static TimingReport fromUtilisationLog(List<String> log) {
        Map<String, Resource> resources = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : log) {
            if (line.contains("Device utilisation:")) {
                inTable = true;
                resources.clear();
                continue;
            }
            if (!inTable) continue;
            Matcher m = UTILISATION_ROW.matcher(line);
            if (!m.find()) {
                inTable = false;
                continue;
            }
            resources.put(m.group(1), new Resource(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        return new TimingReport(List.of(), resources);
    }

    private static final Pattern UTILISATION_ROW = Pattern.compile("^Info:\\s+(\\w+):\\s+(\\d+)/\\s*(\\d+)\\s+\\d+%");

    /** True when no resource is used beyond what the device has. */
    public boolean fits() {
        return resources.values().stream().allMatch(r -> r.used() <= r.available());
    }

    /** e.g. {@code "ICESTORM_LC 17034/7680"}: the resources used beyond the device's; empty when it fits. */
    public String overflow() {
        StringBuilder b = new StringBuilder();
        resources.forEach((name, r) -> {
            if (r.used() > r.available()) b.append(b.length() == 0 ? "" : ", ").append(name).append(' ').append(r.used()).append('/').append(r.available());
        });
        return b.toString();
    }

    /** The slowest clock's maximum frequency in MHz; null for a design without clocked paths. */
    public Double fmaxMHz() {
        return clocks.stream().map(ClockTiming::achievedMHz).min(Double::compare).orElse(null);
    }

    /** True when every clock reached its constraint (trivially true without clocks). */
    public boolean timingMet() {
        return clocks.stream().allMatch(ClockTiming::met);
    }

    /** Placed logic cells (a LUT4 and its flip-flop share one), or -1 when the report has none. */
    public int logicCellsUsed() {
        Resource r = resources.get("ICESTORM_LC");
        return r == null ? -1 : r.used();
    }

    /** nextpnr-ice40 names a clock net after its source and the buffers it went through: {@code clk$SB_IO_IN_$glb_clk}. */
    static String clockName(String net) {
        int dollar = net.indexOf('$');
        return dollar > 0 ? net.substring(0, dollar) : net;
    }
}
