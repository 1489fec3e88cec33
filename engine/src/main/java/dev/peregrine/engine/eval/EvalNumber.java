package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;

/**
 * Numeric comparisons ({@code = != < <= > >=}) of int, uint, port, time and bool fields against a constant parsed
 * at compile time. One small subclass per operator, each with its own {@code test}: the node call is the only
 * dispatch (a shared {@code test} calling an abstract comparison would add a second, megamorphic one). Values are
 * compared as signed 64-bit numbers; an absent value ({@link Accessor#ABSENT}) is false for every operator.
 */
public abstract class EvalNumber extends EvalNode {

    final NumberValue value;
    final long operand;

    EvalNumber(NumberValue value, long operand) {
        this.value = value;
        this.operand = operand;
    }

    /** @param op one of {@code = == != < <= > >=} */
    public static EvalNode of(NumberValue value, String op, long operand) {
        switch (op) {
            case "=":
            case "==":
                return new Eq(value, operand);
            case "!=":
                return new Ne(value, operand);
            case "<":
                return new Lt(value, operand);
            case "<=":
                return new Le(value, operand);
            case ">":
                return new Gt(value, operand);
            case ">=":
                return new Ge(value, operand);
            default:
                throw new IllegalArgumentException("not a numeric comparison: " + op);
        }
    }

    static final class Eq extends EvalNumber {
        Eq(NumberValue value, long operand) {
            super(value, operand);
        }

        @Override
        public boolean test(Event event) {
            long v = value.number(event);
            return v != Accessor.ABSENT && v == operand;
        }
    }

    static final class Ne extends EvalNumber {
        Ne(NumberValue value, long operand) {
            super(value, operand);
        }

        @Override
        public boolean test(Event event) {
            long v = value.number(event);
            return v != Accessor.ABSENT && v != operand;
        }
    }

    static final class Lt extends EvalNumber {
        Lt(NumberValue value, long operand) {
            super(value, operand);
        }

        @Override
        public boolean test(Event event) {
            long v = value.number(event);
            return v != Accessor.ABSENT && v < operand;
        }
    }

    static final class Le extends EvalNumber {
        Le(NumberValue value, long operand) {
            super(value, operand);
        }

        @Override
        public boolean test(Event event) {
            long v = value.number(event);
            return v != Accessor.ABSENT && v <= operand;
        }
    }

    static final class Gt extends EvalNumber {
        Gt(NumberValue value, long operand) {
            super(value, operand);
        }

        @Override
        public boolean test(Event event) {
            long v = value.number(event);
            return v != Accessor.ABSENT && v > operand;
        }
    }

    static final class Ge extends EvalNumber {
        Ge(NumberValue value, long operand) {
            super(value, operand);
        }

        @Override
        public boolean test(Event event) {
            long v = value.number(event);
            return v != Accessor.ABSENT && v >= operand;
        }
    }
}
