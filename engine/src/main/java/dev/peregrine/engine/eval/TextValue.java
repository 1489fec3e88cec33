package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The left side of a string comparison: a field, or a transformer applied to one. {@code null} = not extractable. */
@FunctionalInterface
public interface TextValue {

    String text(Event event);

    /** A field read through its accessor; strings are returned as the producer holds them (no copy). */
    static TextValue of(Accessor accessor) {
        return event -> {
            Object v = accessor.value(event);
            if (v == null || v instanceof String) {
                return (String) v;
            }
            return asText(v);
        };
    }

    /** A literal argument of a transformer ({@code concat(proc.name, "-x")}). */
    static TextValue literal(String value) {
        return event -> value;
    }

    private static String asText(Object v) {
        if (v instanceof byte[] bytes) {
            // Buffers compare byte by byte: one char per byte keeps bcontains/bstartswith exact.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object item : list) {
                sb.append(sb.length() == 0 ? "" : ",").append(item);
            }
            return sb.toString();
        }
        return v.toString();
    }
}
