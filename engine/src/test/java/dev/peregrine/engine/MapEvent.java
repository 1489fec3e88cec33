package dev.peregrine.engine;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.FieldBinder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A hand-written event for tests: field values by name ({@code proc.aname[2]} for arguments). Numbers may be given
 * as any {@link Number}; lists as {@code List<String>}.
 */
public final class MapEvent implements Event {

    private final String source;
    private final String type;
    private final Map<String, Object> fields = new HashMap<>();

    public MapEvent(String source, String type) {
        this.source = source;
        this.type = type;
        fields.put("evt.type", type);
    }

    public static MapEvent syscall(String type) {
        return new MapEvent("syscall", type);
    }

    public MapEvent with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public MapEvent withList(String field, String... values) {
        fields.put(field, List.of(values));
        return this;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public long timestampNanos() {
        return 1_700_000_000_123_456_789L;
    }

    public Object get(String key) {
        Object v = fields.get(key);
        return v instanceof Number n && !(v instanceof Long) ? Long.valueOf(n.longValue()) : v;
    }

    /** A binder reading MapEvents; {@code reads} counts every value read (to observe which rules were evaluated). */
    public static FieldBinder binder(AtomicLong reads) {
        return (field, argument) -> {
            // proc.aname[2] is stored as "proc.aname[2]", evt.arg.flags as "evt.arg.flags".
            String key = argument == null ? field.name() : field.name() + "[" + argument + "]";
            String dotted = argument == null ? key : field.name() + "." + argument;
            return event -> {
                reads.incrementAndGet();
                if (!(event instanceof MapEvent m)) {
                    return null;
                }
                Object v = m.get(key);
                return v != null ? v : m.get(dotted);
            };
        };
    }

    public static FieldBinder binder() {
        return binder(new AtomicLong());
    }

    /** An accessor for one key, for evaluator unit tests. */
    public static Accessor field(String key) {
        return event -> ((MapEvent) event).get(key);
    }
}
