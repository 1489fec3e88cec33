package dev.peregrine.engine.output;

import dev.peregrine.engine.event.Accessor;

import java.util.List;

/**
 * A field in an output ({@code %proc.name}, {@code %proc.aname[2]}, {@code %12fd.name}). {@code key} is the field as
 * written, which names it in {@code output_fields}; {@code width}, when not 0, pads with spaces or truncates the
 * text to that many characters, as Falco's {@code %<N>field} does.
 */
record FieldToken(String key, Accessor accessor, int width) implements OutputToken {

    /** What Falco prints for a field it cannot extract from the event. */
    static final String NOT_AVAILABLE = "<NA>";

    /** Appends {@code value} as {@link #appendText} does, padded or truncated to {@code width} when not 0. */
    static void append(StringBuilder out, Object value, int width) {
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

    /**
     * Falco's text for a value: lists as {@code (a,b,c)}, booleans as {@code true}/{@code false}. Numbers are
     * appended as primitives: {@code append(Object)} would first make a String of them.
     */
    static void appendText(StringBuilder out, Object value) {
        if (value instanceof String s) {
            out.append(s);
        } else if (value == null) {
            out.append(NOT_AVAILABLE);
        } else if (value instanceof Long n) {
            out.append(n.longValue());
        } else if (value instanceof Integer n) {
            out.append(n.intValue());
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
