package dev.peregrine.cli.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.fields.FieldRegistry;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/**
 * Fills a {@link ReplayEvent} from one flat JSON object: keys are field names (with their argument, as rules write
 * them), values their values. Four keys are special: {@code evt.type} (required) is the event type,
 * {@code evt.source} ({@code syscall} unless given) picks the rules, and {@code evt.rawtime} (epoch nanoseconds)
 * or {@code evt.time} (ISO 8601) set the time, which is otherwise the moment the line is read.
 */
public final class EventParser {

    private final FieldResolver resolver;
    private final Clock clock;

    public EventParser(FieldRegistry registry, Clock clock) {
        this.resolver = new FieldResolver(registry);
        this.clock = clock;
    }

    public void parse(JsonNode node, ReplayEvent event) throws BadEventException {
        if (!node.isObject()) {
            throw new BadEventException("expected a JSON object mapping field names to values, got "
                    + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        event.reset(TimeFields.epochNanos(clock.instant()));
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isNull()) {
                put(field.getKey(), field.getValue(), event);
            }
        }
        if (event.type().isEmpty()) {
            throw new BadEventException("missing \"evt.type\" (the syscall or JVM operation, e.g. \"openat\")");
        }
    }

    private void put(String key, JsonNode value, ReplayEvent event) throws BadEventException {
        if (value.isObject()) {
            throw new BadEventException("field '" + key + "' has an object value; events are flat objects of "
                    + "field names to strings, numbers, booleans or arrays of strings");
        }
        switch (key) {
            case "evt.time" -> {
                event.timestampNanos(isoTime(value));
                return;
            }
            case "evt.rawtime" -> {
                event.timestampNanos((Long) ValueCoercion.coerce(resolver.resolve(key), value));
                return;
            }
            default -> {
                if (TimeFields.NAMES.contains(key)) {
                    throw new BadEventException("field '" + key + "' is derived from the event time: "
                            + "give \"evt.rawtime\" (epoch nanoseconds) or \"evt.time\" (ISO 8601) instead");
                }
            }
        }
        FieldKey fieldKey = resolver.resolve(key);
        Object coerced = ValueCoercion.coerce(fieldKey, value);
        if (key.equals("evt.type")) {
            event.type((String) coerced);
        } else if (key.equals("evt.source")) {
            event.source(source((String) coerced));
        }
        event.put(fieldKey.canonical(), coerced);
    }

    private static String source(String name) throws BadEventException {
        if (name.equals(Sources.SYSCALL) || name.equals(Sources.JVM)) {
            return name;
        }
        throw new BadEventException("unknown evt.source '" + name + "' (expected syscall or jvm)");
    }

    private static long isoTime(JsonNode value) throws BadEventException {
        if (value.isTextual()) {
            try {
                return TimeFields.epochNanos(Instant.parse(value.textValue()));
            } catch (DateTimeParseException | ArithmeticException e) {
                // fall through to the error naming the value
            }
        }
        throw new BadEventException("field 'evt.time' expects an ISO 8601 time such as "
                + "\"2025-01-31T09:12:31.123456789Z\", got " + value);
    }
}
