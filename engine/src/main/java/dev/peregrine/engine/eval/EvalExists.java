package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;

/** {@code field exists}: the field can be extracted from this event. Numeric fields are probed without boxing. */
public final class EvalExists implements EvalNode {

    private final Accessor accessor;
    private final boolean numeric;

    public EvalExists(Accessor accessor, boolean numeric) {
        this.accessor = accessor;
        this.numeric = numeric;
    }

    @Override
    public boolean test(Event event) {
        return numeric ? accessor.number(event) != Accessor.ABSENT : accessor.value(event) != null;
    }
}
