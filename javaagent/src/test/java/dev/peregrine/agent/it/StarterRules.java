package dev.peregrine.agent.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Facts about the built-in JVM rules read from their source ({@code rules/.../jvm_rules.yaml}), so the tests
 * follow a priority retuned there instead of hard-coding it.
 */
final class StarterRules {

    private static final Path FILE = Path.of("../rules/src/main/resources/rules/jvm_rules.yaml");

    private StarterRules() {
    }

    /** The priority of {@code rule} as alerts spell it ({@code Warning}, {@code Notice}...). */
    static String priority(String rule) {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean inRule = false;
        for (String line : lines) {
            if (line.startsWith("- ")) {
                inRule = line.equals("- rule: " + rule);
            } else if (inRule && line.trim().startsWith("priority:")) {
                String p = line.trim().substring("priority:".length()).trim().toLowerCase(Locale.ROOT);
                return Character.toUpperCase(p.charAt(0)) + p.substring(1);
            }
        }
        throw new IllegalArgumentException("no priority for rule '" + rule + "' in " + FILE);
    }

    /** The SLF4J level an alert of {@code priority} is logged at by the agent ({@code AppSlf4j}). */
    static String slf4jLevel(String priority) {
        switch (priority) {
            case "Emergency", "Alert", "Critical", "Error": return "ERROR";
            case "Warning": return "WARN";
            case "Debug": return "DEBUG";
            default: return "INFO";
        }
    }
}
