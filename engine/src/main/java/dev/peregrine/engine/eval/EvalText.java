package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

/** A string comparison: false when the value cannot be extracted, whatever the operator (Falco's rule). */
public final class EvalText extends EvalNode {

    private final TextValue value;
    private final TextPredicate predicate;

    public EvalText(TextValue value, TextPredicate predicate) {
        this.value = value;
        this.predicate = predicate;
    }

    @Override
    public boolean test(Event event) {
        String v = value.text(event);
        return v != null && predicate.test(v);
    }
}
