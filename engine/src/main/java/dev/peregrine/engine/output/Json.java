package dev.peregrine.engine.output;

import java.util.List;
import java.util.Map;

/**
 * The few JSON writing primitives alerts need, appending to a caller's {@link StringBuilder} (no intermediate
 * objects, no JSON library in the engine). Strings are escaped as Falco's nlohmann::json does with
 * {@code ensure_ascii = false}: quote, backslash and control characters are escaped ({@code \\n}, {@code \\t}...,
 * others as lower-case {@code \\u00XX}); every other character, non-ASCII included, is written as is, and the
 * writer's UTF-8 encoder does the rest. A lone surrogate, which UTF-8 cannot encode, becomes U+FFFD, as Falco's
 * {@code error_handler_t::replace} does for invalid UTF-8.
 */
public final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    /**
     * Appends {@code text} as a JSON string, quotes included. Runs of characters that need no escape (nearly
     * all of an alert) are appended in one call each, not character by character.
     */
    public static void string(StringBuilder out, CharSequence text) {
        out.append('"');
        int length = text.length();
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a valid pair stays in the run, written as is
                continue;
            }
            out.append(text, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append('\uFFFD'); // a lone surrogate, which UTF-8 cannot encode
                    }
                }
            }
        }
        out.append(text, run, length);
        out.append('"');
    }

    /**
     * Makes {@code out[start, length)}, raw text just appended, a JSON string in place. Text that needs no escape
     * (the usual alert line) is only wrapped in quotes, with no copy; other text is escaped as {@link #string}.
     */
    public static void quoteTail(StringBuilder out, int start) {
        int end = out.length();
        for (int i = start; i < end; i++) {
            char c = out.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                String raw = out.substring(start, end);
                out.setLength(start);
                string(out, raw);
                return;
            }
        }
        out.insert(start, '"').append('"');
    }

    /**
     * Appends any value an alert can hold: {@code null}, {@link Boolean}, an integral {@link Number}, a
     * {@link CharSequence}, a {@link List} (as an array) or a {@link Map} with string keys (as an object, in the
     * map's order). Anything else is written as its {@code toString()}, as a string.
     */
    public static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Long n) {
            out.append(n.longValue());
        } else if (value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof java.math.BigInteger) {
            out.append(value);
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            // JSON has no NaN or infinity; a missing value is the honest rendering.
            out.append(Double.isFinite(d) ? String.valueOf(d) : "null");
        } else if (value instanceof CharSequence s) {
            string(out, s);
        } else if (value instanceof List<?> list) {
            array(out, list);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map);
        } else {
            string(out, value.toString());
        }
    }

    private static void array(StringBuilder out, List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            value(out, list.get(i));
        }
        out.append(']');
    }

    private static void object(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, String.valueOf(e.getKey()));
            out.append(':');
            value(out, e.getValue());
        }
        out.append('}');
    }
}
