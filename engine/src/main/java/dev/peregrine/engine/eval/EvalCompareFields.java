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
        return new Text(left, right, equal);
    }

    /** @param op one of {@code = != < <= > >=} */
    public static EvalNode number(NumberValue left, NumberValue right, String op) {
        return new Number(left, right, op);
    }

    private static final class Text extends EvalNode {
        private final TextValue left;
        private final TextValue right;
        private final boolean equal;

        Text(TextValue left, TextValue right, boolean equal) {
            this.left = left;
            this.right = right;
            this.equal = equal;
        }

        @Override
        public boolean test(Event event) {
            String l = left.text(event);
            String r = right.text(event);
            return l != null && r != null && l.equals(r) == equal;
        }
    }

    private static final class Number extends EvalNode {
        private final NumberValue left;
        private final NumberValue right;
        private final String op;

        Number(NumberValue left, NumberValue right, String op) {
            this.left = left;
            this.right = right;
            this.op = op;
        }

        @Override
        public boolean test(Event event) {
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
        }
    }
}
