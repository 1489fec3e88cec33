package dev.peregrine.bench.engine;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.FieldBinder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An event as a producer would hold it: fields in slots fixed when rules are compiled, numbers unboxed. The
 * binder gives each field (with its argument) a slot; an accessor is a field read, like the probe's decoded events.
 */
final class BenchEvent implements Event {

    /** Slots are assigned on first use by either the binder (at compile time) or the event builders (in setup). */
    static final Map<String, Integer> SLOTS = new HashMap<>();
    private static final int MAX = 96;

    final String type;
    final Object[] values = new Object[MAX];
    final long[] numbers = new long[MAX];

    BenchEvent(String type) {
        this.type = type;
        java.util.Arrays.fill(numbers, Accessor.ABSENT);
        set("evt.type", type);
    }

    static int slot(String key) {
        synchronized (SLOTS) {
            int slot = SLOTS.computeIfAbsent(key, k -> SLOTS.size());
            if (slot >= MAX) {
                throw new IllegalStateException("more than " + MAX + " distinct fields");
            }
            return slot;
        }
    }

    BenchEvent set(String key, String value) {
        values[slot(key)] = value;
        return this;
    }

    BenchEvent set(String key, long value) {
        int i = slot(key);
        values[i] = value;
        numbers[i] = value;
        return this;
    }

    BenchEvent set(String key, boolean value) {
        int i = slot(key);
        values[i] = value;
        numbers[i] = value ? 1 : 0;
        return this;
    }

    BenchEvent set(String key, List<String> value) {
        values[slot(key)] = value;
        return this;
    }

    @Override
    public String source() {
        return "syscall";
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public long timestampNanos() {
        return 1_700_000_000_000_000_000L;
    }

    static final FieldBinder BINDER = (field, argument) -> {
        String key = argument == null ? field.name() : field.name() + "[" + argument + "]";
        int i = slot(key);
        return new Accessor() {
            @Override
            public Object value(Event e) {
                return ((BenchEvent) e).values[i];
            }

            @Override
            public long number(Event e) {
                return ((BenchEvent) e).numbers[i];
            }
        };
    };
}
