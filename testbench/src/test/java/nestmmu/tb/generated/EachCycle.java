package nestmmu.tb.generated;

import java.util.function.Consumer;

import nestmmu.tb.CycleListener;
import nestmmu.tb.Dut;

/** Free-running stimulus: sets inputs before every edge (a random ready, an enable), no transactions. */
final class EachCycle implements CycleListener {
    private final Consumer<Dut> drive;

    private EachCycle(Consumer<Dut> drive) {
        this.drive = drive;
    }

    static EachCycle drive(Consumer<Dut> drive) {
        return new EachCycle(drive);
    }

    @Override
    public void beforeEdge(Dut dut) {
        drive.accept(dut);
    }
}
