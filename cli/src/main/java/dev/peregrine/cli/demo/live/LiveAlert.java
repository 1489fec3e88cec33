package dev.peregrine.cli.demo.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peregrine.engine.rules.Priority;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** One alert as the agent or the daemon wrote it (a Falco JSON line), with what the demo asks of it. */
record LiveAlert(String rule, Priority priority, String source, long timeMillis, String output, JsonNode fields) {

    static List<LiveAlert> read(Path file) throws IOException {
        List<LiveAlert> alerts = new ArrayList<>();
        if (!Files.exists(file)) {
            return alerts;
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                alerts.add(of(json.readTree(line)));
            }
        }
        return alerts;
    }

    static LiveAlert of(JsonNode n) {
        long millis;
        try {
            millis = Instant.parse(n.path("time").asText()).toEpochMilli();
        } catch (DateTimeParseException e) {
            millis = 0;
        }
        return new LiveAlert(n.path("rule").asText(), Priority.parse(n.path("priority").asText()).orElse(Priority.DEBUG),
                n.path("source").asText(), millis, n.path("output").asText(), n.path("output_fields"));
    }

    boolean loud() {
        return priority.atLeast(Priority.WARNING);
    }

    String text(String field) {
        JsonNode v = fields.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * An alert that carries both sides: what the kernel saw (a syscall-source alert) and the Java call that caused it
     * ({@code jvm.*} fields filled by the correlation).
     */
    boolean correlated() {
        if ("true".equals(text("jvm.correlated"))) {
            return true;
        }
        if (!"syscall".equals(source)) {
            return false;
        }
        for (var it = fields.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            String v = text(name);
            if (name.startsWith("jvm.") && !name.equals("jvm.unexplained") && v != null && !v.equals("<NA>")) {
                return true;
            }
        }
        return "true".equals(text("jvm.unexplained"));
    }
}
