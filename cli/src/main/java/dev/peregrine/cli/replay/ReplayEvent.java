package dev.peregrine.cli.replay;

import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.Sources;

import java.util.HashMap;
import java.util.Map;

/**
 * One event read from a replay file. A single instance is reused for every line ({@link #reset}), as the kernel
 * probe reuses its events: the engine must not keep a reference past {@code evaluate}.
 *
 * <p>Values are stored under their canonical field key ({@link FieldKey#canonical}), already converted to the
 * field's type, so an {@link dev.peregrine.engine.event.Accessor} is one map lookup.
 */
public final class ReplayEvent implements Event {

    private final Map<String, Object> values = new HashMap<>();
    private String source = Sources.SYSCALL;
    private String type = "";
    private long timestampNanos;

    /** Forgets the previous event: no field is extractable until {@link #put} is called. */
    void reset(long defaultTimestampNanos) {
        values.clear();
        source = Sources.SYSCALL;
        type = "";
        timestampNanos = defaultTimestampNanos;
    }

    void put(String canonicalKey, Object value) {
        values.put(canonicalKey, value);
    }

    void source(String source) {
        this.source = source;
    }

    void type(String type) {
        this.type = type;
    }

    void timestampNanos(long nanos) {
        this.timestampNanos = nanos;
    }

    /** The value of a field, or {@code null} when the event's JSON object did not give it. */
    public Object get(String canonicalKey) {
        return values.get(canonicalKey);
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
        return timestampNanos;
    }

    @Override
    public String toString() {
        return source + " " + type + " " + values;
    }
}
