package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;

/** {@code field exists}: the field can be extracted from this event. Numeric fields are probed without boxing. */
public final class EvalExists extends EvalNode {

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

    /** {@code exists} on a transformed string value ({@code tolower(proc.name) exists}). */
    public static EvalNode ofText(TextValue value) {
        return new EvalNode() {
            @Override
            public boolean test(Event event) {
                return value.text(event) != null;
            }
        };
    }

    /** {@code exists} on a list value ({@code getopt(...) exists}). */
    public static EvalNode ofList(ListValue value) {
        return new EvalNode() {
            @Override
            public boolean test(Event event) {
                return value.values(event) != null;
            }
        };
    }

    /** {@code exists} on a numeric value ({@code len(...) exists}). */
    public static EvalNode ofNumber(NumberValue value) {
        return new EvalNode() {
            @Override
            public boolean test(Event event) {
                return value.number(event) != Accessor.ABSENT;
            }
        };
    }
}
