package dev.peregrine.agent.pipeline;

import java.util.List;

/** Minimal JSON writing (the agent carries no JSON library): string escaping and a few field helpers. */
final class Json {

    private Json() {
    }

    static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    static void field(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append(",\"").append(name).append("\":");
            string(b, value);
        }
    }

    static void field(StringBuilder b, String name, long value) {
        b.append(",\"").append(name).append("\":").append(value);
    }

    static void field(StringBuilder b, String name, boolean value) {
        b.append(",\"").append(name).append("\":").append(value);
    }

    static void field(StringBuilder b, String name, List<String> values) {
        if (values == null) {
            return;
        }
        b.append(",\"").append(name).append("\":[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            string(b, values.get(i));
        }
        b.append(']');
    }
}
