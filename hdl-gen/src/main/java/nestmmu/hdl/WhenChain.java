package nestmmu.hdl;

import nestmmu.hdl.ir.When;

/** The handle {@link Module#when} returns, to add {@code elseWhen} and {@code otherwise} arms. */
public final class WhenChain {
    private final Module module;
    private final When when;
    private boolean extended;

    WhenChain(Module module, When when) {
        this.module = module;
        this.when = when;
    }

    /** Runs {@code body} when no earlier arm's condition held and {@code condition} does. */
    public WhenChain elseWhen(Bool condition, Runnable body) {
        claim("elseWhen");
        return module.inBlock(when.otherwise(), () -> module.when(condition, body));
    }

    /** Runs {@code body} when no earlier arm's condition held. */
    public void otherwise(Runnable body) {
        claim("otherwise");
        module.inBlock(when.otherwise(), () -> {
            body.run();
            return null;
        });
    }

    private void claim(String what) {
        if (extended) {
            throw ElaborationException.at(Locations.caller(), what + " on a when that already has an else arm");
        }
        extended = true;
    }
}
