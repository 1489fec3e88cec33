package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;

import java.util.List;

/** A multi-valued field ({@code proc.args} style lists, {@code getopt()}); {@code null} when not extractable. */
@FunctionalInterface
public interface ListValue {

    List<String> values(Event event);

    @SuppressWarnings("unchecked")
    static ListValue of(Accessor accessor) {
        return event -> {
            Object v = accessor.value(event);
            if (v == null || v instanceof List<?>) {
                return (List<String>) v;
            }
            return List.of(v.toString());
        };
    }
}
