package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

/** A constant, e.g. {@code x in ()} (an empty list never matches). Exactly two instances. */
public final class EvalConst extends EvalNode {

    public static final EvalConst TRUE = new EvalConst(true);
    public static final EvalConst FALSE = new EvalConst(false);

    private final boolean value;

    private EvalConst(boolean value) {
        this.value = value;
    }

    @Override
    public boolean test(Event event) {
        return value;
    }

    @Override
    public String toString() {
        return value ? "TRUE" : "FALSE";
    }
}
