package nestmmu.hdl.emit;

import nestmmu.hdl.Circuit;

/**
 * Turns an elaborated circuit into files. {@link VerilogEmitter} is the one backend today; a
 * FIRRTL/Chisel backend would implement this same interface.
 */
public interface Emitter {
    Design emit(Circuit circuit);
}
