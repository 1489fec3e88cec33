package dev.peregrine.engine.output;

import dev.peregrine.engine.event.Event;

import java.util.Map;

/** Text between fields, copied as is. */
record LiteralToken(String text) implements OutputToken {

    @Override
    public void render(Event event, StringBuilder out, Map<String, Object> fields) {
        out.append(text);
    }
}
