package nestmmu.sim.workload;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import nestmmu.bench.Bench;
import nestmmu.bench.BenchContext;
import nestmmu.bench.Figure;
import nestmmu.bench.Measure;

/**
 * How fast workloads stream: lackey and trace-format lines parsed per second (from memory, so the
 * parser is measured, not the disk; and from the bundled gzip file, inflating included) and
 * synthetic events generated per second.
 */
public final class WorkloadBench implements Bench {
    private static final double LACKEY_GOAL_LINES_PER_SEC = 5_000_000;

    @Override
    public String name() {
        return "workloads";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws IOException {
        Measure.Settings s = ctx.settings();
        byte[] lackey = BundledTrace.inflatedPrefix(ctx.quick() ? 4 << 20 : 64 << 20);
        long lackeyLines = lines(lackey);
        ctx.log().println("workloads: lackey parsing, " + lackeyLines + " lines from memory");
        Figure lackeyRate = Figure.rate("lackeyParseLinesPerSec", Measure.rate(s,
                () -> drain(new LackeyReader(new ByteArrayInputStream(lackey), "bench"), lackeyLines)), "lines/s")
                .atLeast(LACKEY_GOAL_LINES_PER_SEC);

        ctx.log().println("workloads: lackey parsing from the bundled gzip file");
        Figure gzRate = Figure.rate("lackeyGzParseLinesPerSec", Measure.rate(s, () -> {
            try (InputStream in = BundledTrace.openCompressed()) {
                return drain(new LackeyReader(in, "bundled"), -1);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }), "lines/s");

        byte[] trace = traceText(ctx.quick() ? 50_000 : 1_000_000);
        long traceLines = lines(trace) - 1; // less the header comment
        ctx.log().println("workloads: trace-format parsing, " + traceLines + " lines from memory");
        Figure traceRate = Figure.rate("traceParseLinesPerSec", Measure.rate(s,
                () -> drain(new TraceReader(new ByteArrayInputStream(trace), "bench"), traceLines)), "lines/s");

        Workload random = Workloads.parse("synthetic:random,accesses=" + (ctx.quick() ? 50_000 : 1_000_000));
        ctx.log().println("workloads: synthetic generation");
        Figure syntheticRate = Figure.rate("syntheticEventsPerSec", Measure.rate(s, () -> drain(random.open(), -1)), "events/s");
        return List.of(lackeyRate, gzRate, traceRate, syntheticRate);
    }

    /**
     * Reads a stream to its end; returns {@code lines} when known (a line is one unit of parsing
     * work even when it yields two events), else the number of events.
     */
    private static long drain(EventStream stream, long lines) {
        long events = 0;
        long checksum = 0;
        try (stream) {
            for (Event e = stream.next(); e != null; e = stream.next()) {
                events++;
                if (e instanceof Event.Access a) checksum += a.va();
            }
        }
        Measure.consume(checksum);
        return lines >= 0 ? lines : events;
    }

    /** A page-table-churn workload written in the trace format. */
    private static byte[] traceText(long accesses) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workload w = Workloads.parse("synthetic:ptupdate,accesses=" + accesses);
        try (TraceWriter writer = new TraceWriter(out); EventStream s = w.open()) {
            writer.comment(w.spec());
            writer.writeAll(s);
        }
        return out.toByteArray();
    }

    private static long lines(byte[] text) {
        long n = 0;
        for (byte b : text) if (b == '\n') n++;
        return n;
    }
}
