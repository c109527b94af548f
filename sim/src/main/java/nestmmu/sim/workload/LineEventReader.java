package nestmmu.sim.workload;

/** A trace format read line by line: the reader, the cursor over its current line, where it is. */
abstract class LineEventReader implements EventStream {
    final LineReader reader;
    final LineCursor cursor;

    LineEventReader(LineReader reader) {
        this.reader = reader;
        this.cursor = new LineCursor(reader);
    }

    @Override
    public String position() {
        return reader.position();
    }

    @Override
    public void close() {
        reader.close();
    }
}
