package dev.peregrine.engine.output;

import dev.peregrine.engine.rules.Priority;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule match, ready for any sink. {@code output} is the rule's rendered output message (without Falco's
 * {@code "<time>: <Priority> "} prefix, which {@link FalcoText} adds); {@code outputFields} holds the value of every
 * field the output names, in order of first appearance, typed as the field is ({@link String}, {@link Long},
 * {@link Boolean}, {@code List<String>}) or {@code null} where it could not be extracted.
 */
public record Alert(long timeNanos, String rule, Priority priority, String source, String hostname, String output,
                    Map<String, Object> outputFields, List<String> tags) {

    public Alert {
        // LinkedHashMap, not Map.copyOf: keeps the order and allows null values (unextractable fields).
        outputFields = Collections.unmodifiableMap(new LinkedHashMap<>(outputFields));
        tags = List.copyOf(tags);
    }
}
