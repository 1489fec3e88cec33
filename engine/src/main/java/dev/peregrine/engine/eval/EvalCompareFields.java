package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;

/**
 * Field-to-field comparisons ({@code proc.name = val(proc.pname)}): text equality or inequality, or a numeric
 * comparison. False when either side is absent.
 */
public final class EvalCompareFields {

    private EvalCompareFields() {
    }

    public static EvalNode text(TextValue left, TextValue right, boolean equal) {
        return event -> {
            String l = left.text(event);
            String r = right.text(event);
            return l != null && r != null && l.equals(r) == equal;
        };
    }

    /** @param op one of {@code = != < <= > >=} */
    public static EvalNode number(NumberValue left, NumberValue right, String op) {
        return event -> {
            long l = left.number(event);
            long r = right.number(event);
            if (l == Accessor.ABSENT || r == Accessor.ABSENT) {
                return false;
            }
            switch (op) {
                case "=":
                    return l == r;
                case "!=":
                    return l != r;
                case "<":
                    return l < r;
                case "<=":
                    return l <= r;
                case ">":
                    return l > r;
                default:
                    return l >= r;
            }
        };
    }
}
