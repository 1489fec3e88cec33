package dev.peregrine.engine.output;

import java.util.Map;

/** An output rendered for one event: the message text and the value of each field it names, in order. */
public record RenderedOutput(String text, Map<String, Object> fields) {
}
