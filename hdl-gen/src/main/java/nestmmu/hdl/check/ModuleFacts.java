package nestmmu.hdl.check;

import java.util.Map;
import java.util.Set;

import nestmmu.hdl.ir.Block;
import nestmmu.hdl.ir.MemArray;
import nestmmu.hdl.ir.ModuleIr;
import nestmmu.hdl.ir.Signal;

/**
 * What elaboration learned about one module, for backends and for the module's parent.
 *
 * @param drivers            per driven signal (outputs, wires, registers' next values, instance
 *                           inputs; in declaration order) the statements that decide it
 * @param writes             per memory array the statements that write it
 * @param needsClock         the module or an instance in it has state
 * @param needsReset         some register has a reset value or the logic reads the reset
 * @param lintWaivers        signals marked unused that really have unread bits: these get a
 *                           local lint waiver
 * @param combinationalPaths per output, the inputs it depends on combinationally
 */
public record ModuleFacts(
        ModuleIr module,
        Map<Signal, Block> drivers,
        Map<MemArray, Block> writes,
        boolean needsClock,
        boolean needsReset,
        Set<Signal> lintWaivers,
        Map<Signal, Set<Signal>> combinationalPaths) {

    /** True when a register's next value must default to holding its value (some path leaves it undriven). */
    public boolean holds(Signal register) {
        return !DriverTrees.drivesFully(drivers.get(register));
    }
}
