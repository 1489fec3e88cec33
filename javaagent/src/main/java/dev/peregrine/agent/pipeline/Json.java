package dev.peregrine.agent.pipeline;

import java.util.List;

/** Minimal JSON writing (the agent carries no JSON library): the engine's string escaping and a few field helpers. */
final class Json {

    private Json() {
    }

    /** A JSON string, escaped as the engine's alerts are (the engine travels in the agent jar anyway). */
    static void string(StringBuilder b, String s) {
        dev.peregrine.engine.output.Json.string(b, s);
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
