package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Accessor;

import java.util.List;

/** {@code len(x)}: characters of a string, elements of a list; absent when the value is absent. */
public final class Length {

    private Length() {
    }

    public static NumberValue ofText(TextValue input) {
        return event -> {
            String v = input.text(event);
            return v == null ? Accessor.ABSENT : v.length();
        };
    }

    public static NumberValue ofList(ListValue input) {
        return event -> {
            List<String> v = input.values(event);
            return v == null ? Accessor.ABSENT : v.size();
        };
    }
}
