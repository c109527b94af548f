package nestmmu.sim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import nestmmu.arch.Mode;

/**
 * The report's PNG charts, drawn headless with JFreeChart. Cycle ratios span orders of magnitude
 * (a VM exit costs thousands of cycles, a TLB hit one), so they go on a log axis with bars that
 * start at 1×: up means slower than the reference, down faster.
 */
public final class Charts {
    static final int WIDTH = 900;
    static final int HEIGHT = 480;
    /** By mode: native grey, shadow blue, nested orange; dark with walk caches, light without. */
    private static final Color[][] MODE_COLORS = {
        {new Color(0x606060), new Color(0xb8b8b8)},
        {new Color(0x2f5f9e), new Color(0x9dbbe3)},
        {new Color(0xd0661f), new Color(0xf5c396)},
    };
    private static final Color[] PAIR_COLORS = {
        new Color(0x2f5f9e), new Color(0x6a9fd4), new Color(0xc44e52), new Color(0x55a868), new Color(0x8172b3),
    };
    /** A linear axis reads better; beyond this span of values a log axis keeps small bars visible. */
    private static final double LINEAR_SPAN = 20;

    private Charts() {}

    /** Total cycles of shadow and nested paging relative to native, per page pair and walk-cache setting. */
    public static JFreeChart overhead(Comparison c) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (boolean wc : settings(c)) {
            for (Mode m : new Mode[] {Mode.SHADOW, Mode.NESTED}) {
                for (PagePair p : PagePair.STUDIED) {
                    c.row(m, p, wc).ifPresent(r -> data.addValue(1 + r.overheadVsNative(), series(m, wc, c), p.label()));
                }
            }
        }
        JFreeChart chart = bars("Overhead versus native: " + c.workload(), "guest/host pages",
                ratioAxis("total cycles / native total cycles", data), data, 1.0);
        chart.addSubtitle(new TextTitle("native = the same guest page size and walk-cache setting; 1\u00d7 = no overhead",
                new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        return chart;
    }

    /** Memory references per walk in every mode, per page pair and walk-cache setting. */
    public static JFreeChart refsPerWalk(Comparison c) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (boolean wc : settings(c)) {
            for (Mode m : Mode.values()) {
                for (PagePair p : PagePair.STUDIED) {
                    PagePair pages = m == Mode.NATIVE ? PagePair.nativeOf(p.guest()) : p;
                    c.row(m, pages, wc).ifPresent(r -> data.addValue(r.avgRefsPerWalk(), series(m, wc, c), p.label()));
                }
            }
        }
        NumberAxis axis = new NumberAxis("memory references per walk (reads and A/D writes)");
        return bars("References per walk: " + c.workload(), "guest/host pages (native: guest page only)", axis, data, 0.0);
    }

    /**
     * Shadow paging's cycles over nested paging's for every workload and page pair (walk caches on
     * where the config has them): above 1× nested wins, below 1× shadow wins.
     */
    public static JFreeChart nestedGain(List<Comparison> comparisons, List<String> names) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < comparisons.size(); i++) {
            Comparison c = comparisons.get(i);
            boolean wc = c.headlineWalkCaches();
            for (PagePair p : PagePair.STUDIED) {
                ComparisonRow s = c.require(Mode.SHADOW, p, wc);
                ComparisonRow n = c.require(Mode.NESTED, p, wc);
                data.addValue(ComparisonRow.ratio(s.totalCycles(), n.totalCycles()), p.label(), names.get(i));
            }
        }
        JFreeChart chart = bars("Shadow cycles / nested cycles (above 1\u00d7: nested paging wins)", "workload",
                ratioAxis("shadow total cycles / nested total cycles", data), data, 1.0);
        chart.addSubtitle(new TextTitle("bars by guest/host page size; walk caches on where the config has them",
                new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        return chart;
    }

    public static void writePng(JFreeChart chart, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        }
    }

    private static boolean[] settings(Comparison c) {
        return c.hasWalkCaches() ? new boolean[] {true, false} : new boolean[] {false};
    }

    private static String series(Mode m, boolean walkCaches, Comparison c) {
        return c.hasWalkCaches() ? m.label() + (walkCaches ? ", walk caches on" : ", walk caches off") : m.label();
    }

    /** Linear when the ratios span less than {@link #LINEAR_SPAN}, else logarithmic with a tick per decade. */
    private static ValueAxis ratioAxis(String label, DefaultCategoryDataset data) {
        double min = 1;
        double max = 1;
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int k = 0; k < data.getColumnCount(); k++) {
                Number v = data.getValue(r, k);
                if (v == null || v.doubleValue() <= 0) continue;
                min = Math.min(min, v.doubleValue());
                max = Math.max(max, v.doubleValue());
            }
        }
        if (max / min < LINEAR_SPAN) {
            NumberAxis axis = new NumberAxis(label);
            axis.setNumberFormatOverride(new DecimalFormat("0.##\u00d7"));
            axis.setAutoRangeIncludesZero(false);
            return axis;
        }
        LogAxis axis = new LogAxis(label + " (log)");
        axis.setBase(10);
        axis.setSmallestValue(1e-4);
        axis.setTickUnit(new NumberTickUnit(1.0));
        axis.setMinorTickMarksVisible(true);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.####\u00d7"));
        axis.setRange(Math.pow(10, Math.floor(Math.log10(min))), Math.pow(10, Math.ceil(Math.log10(max))));
        return axis;
    }

    /** A mode's colour for "shadow, walk caches off"-style series; a palette colour otherwise. */
    private static Color paint(String series, int index) {
        for (Mode m : Mode.values()) {
            if (series.startsWith(m.label())) return MODE_COLORS[m.ordinal()][series.endsWith("off") ? 1 : 0];
        }
        return PAIR_COLORS[index % PAIR_COLORS.length];
    }

    private static JFreeChart bars(String title, String categoryLabel, ValueAxis valueAxis, DefaultCategoryDataset data,
                                   double base) {
        CategoryAxis categories = new CategoryAxis(categoryLabel);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setBase(base);
        renderer.setIncludeBaseInRange(true);
        for (int i = 0; i < data.getRowCount(); i++) renderer.setSeriesPaint(i, paint(data.getRowKey(i).toString(), i));
        CategoryPlot plot = new CategoryPlot(data, categories, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (base > 0) plot.addRangeMarker(new ValueMarker(base, Color.DARK_GRAY, new BasicStroke(1.2f)));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
