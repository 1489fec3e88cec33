package dev.peregrine.engine.output;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.FieldBinder;

import java.util.Map;

/** An event holding its field values in a map keyed {@code name} or {@code name[argument]}. */
record FakeEvent(String source, String type, long timestampNanos, Map<String, Object> values) implements Event {

    /** Binds any field to a map lookup; refuses a non-numeric ancestor index as a real binder would. */
    static final FieldBinder BINDER = (field, argument) -> {
        if (field.name().startsWith("proc.a") && argument != null && !argument.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("ancestor index must be a number, got '" + argument + "'");
        }
        String key = argument == null ? field.name() : field.name() + "[" + argument + "]";
        return (Accessor) e -> ((FakeEvent) e).values().get(key);
    };
}
