package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A string check on a plain field, read straight from its accessor. When a scalar field's accessor yields several
 * values ({@code proc.aname} without index: every ancestor), the check holds if it holds for any of them, as
 * libsinsp compares such fields. Absent: false. The two most common checks have their own nodes,
 * {@link EvalFieldIn} and {@link EvalFieldEquals}, which test a String value without a predicate call.
 */
public final class EvalField extends EvalNode {

    private final Accessor accessor;
    private final TextPredicate predicate;

    public EvalField(Accessor accessor, TextPredicate predicate) {
        this.accessor = accessor;
        this.predicate = predicate;
    }

    @Override
    public boolean test(Event event) {
        Object v = accessor.value(event);
        if (v instanceof String s) {
            return predicate.test(s);
        }
        return testOther(v, predicate);
    }

    /** A value that is not a String: absent (false), several values (any), bytes, or anything else as text. */
    static boolean testOther(Object v, TextPredicate predicate) {
        if (v == null) {
            return false;
        }
        if (v instanceof String s) {
            return predicate.test(s);
        }
        if (v instanceof List<?> values) {
            for (int i = 0, n = values.size(); i < n; i++) {
                Object item = values.get(i);
                if (item != null && predicate.test(item.toString())) {
                    return true;
                }
            }
            return false;
        }
        if (v instanceof byte[] bytes) {
            return predicate.test(new String(bytes, StandardCharsets.ISO_8859_1));
        }
        return predicate.test(v.toString());
    }
}
