package dev.peregrine.engine.output;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;

import java.util.List;
import java.util.Map;

/**
 * A field in an output ({@code %proc.name}, {@code %proc.aname[2]}, {@code %12fd.name}). {@code key} is the field as
 * written, which names it in {@code output_fields}; {@code width}, when not 0, pads with spaces or truncates the
 * text to that many characters, as Falco's {@code %<N>field} does.
 */
record FieldToken(String key, Accessor accessor, int width) implements OutputToken {

    /** What Falco prints for a field it cannot extract from the event. */
    static final String NOT_AVAILABLE = "<NA>";

    @Override
    public void render(Event event, StringBuilder out, Map<String, Object> fields) {
        Object value = accessor.value(event);
        fields.putIfAbsent(key, value);
        int start = out.length();
        appendText(out, value);
        if (width > 0) {
            int written = out.length() - start;
            if (written > width) {
                out.setLength(start + width);
            }
            for (int i = written; i < width; i++) {
                out.append(' ');
            }
        }
    }

    /** Falco's text for a value: lists as {@code (a,b,c)}, booleans as {@code true}/{@code false}. */
    static void appendText(StringBuilder out, Object value) {
        if (value == null) {
            out.append(NOT_AVAILABLE);
        } else if (value instanceof List<?> list) {
            out.append('(');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(list.get(i));
            }
            out.append(')');
        } else {
            out.append(value);
        }
    }
}
