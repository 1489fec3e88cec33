package dev.peregrine.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's recorded events, a class path resource: a JSON array of {@code {"attack", "expect", "event"}} where
 * {@code event} is a replay event exactly as {@code peregrine replay} reads it.
 */
public final class Scenarios {

    public static final String RESOURCE = "demo/scenarios.json";

    private Scenarios() {
    }

    public static List<Scenario> load() {
        try (InputStream in = Scenarios.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            List<Scenario> scenarios = new ArrayList<>();
            for (JsonNode node : new ObjectMapper().readTree(in)) {
                JsonNode expect = node.path("expect");
                scenarios.add(new Scenario(node.path("attack").asText(),
                        expect.isTextual() ? expect.textValue() : null, node.path("event")));
            }
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
