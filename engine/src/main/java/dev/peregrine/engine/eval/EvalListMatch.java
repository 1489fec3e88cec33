package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

import java.util.List;

/**
 * A string operator applied to each element of a list-valued field, with Peregrine's list modifiers:
 * {@code anyof} (at least one element), {@code allof} (every element; true for an empty list) and {@code oneof}
 * (exactly one). Absent list: false.
 */
public final class EvalListMatch extends EvalNode {

    public enum Mode { ANY, ALL, ONE }

    private final ListValue value;
    private final TextPredicate predicate;
    private final Mode mode;

    public EvalListMatch(ListValue value, TextPredicate predicate, Mode mode) {
        this.value = value;
        this.predicate = predicate;
        this.mode = mode;
    }

    @Override
    public boolean test(Event event) {
        List<String> values = value.values(event);
        if (values == null) {
            return false;
        }
        int matches = 0;
        for (int i = 0, n = values.size(); i < n; i++) {
            String v = values.get(i);
            boolean m = v != null && predicate.test(v);
            if (m && mode == Mode.ANY) {
                return true;
            }
            if (!m && mode == Mode.ALL) {
                return false;
            }
            if (m && ++matches > 1 && mode == Mode.ONE) {
                return false;
            }
        }
        return mode == Mode.ALL || matches == 1;
    }
}
