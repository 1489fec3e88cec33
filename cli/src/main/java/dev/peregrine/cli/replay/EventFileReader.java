package dev.peregrine.cli.replay;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads JSON Lines events: one flat JSON object per line; blank lines are skipped. A bad line is reported (file,
 * line, column when known, what is wrong) and skipped, and reading goes on: a security engineer replaying a
 * capture wants every problem at once and every good event evaluated, then a failing exit code.
 */
public final class EventFileReader {

    /** What to do with each good event; the event object is reused for the next line. */
    @FunctionalInterface
    public interface EventHandler {
        void accept(ReplayEvent event, int line);
    }

    /** Counts of one file's lines. */
    public record Stats(int events, int badLines) {
    }

    private final ObjectMapper json = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final EventParser parser;
    private final ReplayEvent event = new ReplayEvent();

    public EventFileReader(EventParser parser) {
        this.parser = parser;
    }

    /** Reads every line of {@code in}, named {@code fileName} in reports. */
    public Stats read(String fileName, BufferedReader in, EventHandler handler, Consumer<BadLine> bad)
            throws IOException {
        int lineNumber = 0;
        int events = 0;
        int badLines = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            BadLine problem = parseLine(fileName, lineNumber, line);
            if (problem != null) {
                badLines++;
                bad.accept(problem);
            } else {
                events++;
                handler.accept(event, lineNumber);
            }
        }
        return new Stats(events, badLines);
    }

    private BadLine parseLine(String fileName, int lineNumber, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            String kind = e instanceof JsonParseException ? "invalid JSON: " : "";
            return new BadLine(fileName, lineNumber, column, kind + e.getOriginalMessage());
        }
        try {
            parser.parse(node, event);
            return null;
        } catch (BadEventException e) {
            return new BadLine(fileName, lineNumber, 0, e.getMessage());
        }
    }
}
