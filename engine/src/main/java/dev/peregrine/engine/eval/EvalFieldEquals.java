package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;

/**
 * {@code field = value} (or {@code !=}) on a plain string field: {@code String.equals} inline, no predicate call.
 * Other value kinds follow {@link EvalField}; absent is false for both operators, as in Falco.
 */
public final class EvalFieldEquals extends EvalNode {

    private final Accessor accessor;
    private final String operand;
    private final boolean equal;
    private final TextPredicate predicate;

    public EvalFieldEquals(Accessor accessor, String operand, boolean equal) {
        this.accessor = accessor;
        this.operand = operand;
        this.equal = equal;
        this.predicate = equal ? operand::equals : v -> !operand.equals(v);
    }

    @Override
    public boolean test(Event event) {
        Object v = accessor.value(event);
        if (v instanceof String s) {
            return operand.equals(s) == equal;
        }
        return EvalField.testOther(v, predicate);
    }
}
