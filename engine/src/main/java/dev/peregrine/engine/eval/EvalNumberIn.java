package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;

/** {@code fd.sport in (80, 443)}: one probe of a primitive hash set. */
public final class EvalNumberIn extends EvalNode {

    private final NumberValue value;
    private final LongSet set;

    public EvalNumberIn(NumberValue value, LongSet set) {
        this.value = value;
        this.set = set;
    }

    @Override
    public boolean test(Event event) {
        long v = value.number(event);
        return v != Accessor.ABSENT && set.contains(v);
    }
}
