package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

import java.util.List;

/** {@code join(sep, list)}: the list's values separated by {@code sep}. */
public final class Join implements TextValue {

    private final TextValue separator;
    private final ListValue list;

    public Join(TextValue separator, ListValue list) {
        this.separator = separator;
        this.list = list;
    }

    @Override
    public String text(Event event) {
        String sep = separator.text(event);
        List<String> values = list.values(event);
        if (sep == null || values == null) {
            return null;
        }
        return String.join(sep, values);
    }
}
