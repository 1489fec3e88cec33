package dev.peregrine.probe.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Falco JSON lines of an alert file, read back without a JSON library (host-probe has none): Falco's format is
 * flat enough that a rule, priority or output field can be picked out of a line by key.
 */
public final class AlertLines {

    private AlertLines() {
    }

    static List<String> read(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    static List<String> ofRule(Path file, String rule) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : read(file)) {
            if (rule.equals(value(line, "rule"))) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Waits up to 10 s for an alert of {@code rule}; returns the first such line. */
    static String await(Path file, String rule) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<String> lines = ofRule(file, rule);
            if (!lines.isEmpty()) {
                return lines.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no alert of rule '" + rule + "' within 10 s; alerts: " + read(file));
    }

    /** The value of {@code "key":} in a JSON line: a string's content, or a number/true/false/null as written. */
    public static String value(String line, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\":(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}\\]]+)")
                .matcher(line);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2).replace("\\/", "/").replace("\\\"", "\"") : m.group(1);
    }
}
