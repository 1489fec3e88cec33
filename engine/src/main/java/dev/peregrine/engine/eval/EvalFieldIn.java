package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;

import java.util.Collection;

/**
 * {@code field in (...)} (and {@code intersects}) on a plain string field, the most frequent check in Falco rules:
 * one {@link StringSet} probe, with no predicate call in between. Other value kinds follow {@link EvalField}.
 */
public final class EvalFieldIn extends EvalNode {

    private final Accessor accessor;
    private final StringSet set;
    private final TextPredicate predicate;

    public EvalFieldIn(Accessor accessor, Collection<String> values) {
        this.accessor = accessor;
        this.set = new StringSet(values);
        this.predicate = set::contains;
    }

    @Override
    public boolean test(Event event) {
        Object v = accessor.value(event);
        if (v instanceof String s) {
            return set.contains(s);
        }
        return EvalField.testOther(v, predicate);
    }
}
