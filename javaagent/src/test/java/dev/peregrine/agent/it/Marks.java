package dev.peregrine.agent.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The expected {@code jvm.caller} of an operation, from the {@code // mark:<name>} comments in the test
 * application's source: tests assert the exact frame without hard-coding line numbers.
 */
final class Marks {

    private static final Path SOURCES = Path.of("src/test/java/dev/peregrine/agent/testapp");

    private Marks() {
    }

    /** {@code dev.peregrine.agent.testapp.<file>.<method>(<file>.java:<line of the mark>)}. */
    static String frame(String file, String method, String mark) {
        List<String> lines;
        try {
            lines = Files.readAllLines(SOURCES.resolve(file + ".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith("// mark:" + mark)) {
                return "dev.peregrine.agent.testapp." + file + "." + method + "(" + file + ".java:" + (i + 1) + ")";
            }
        }
        throw new IllegalArgumentException("no // mark:" + mark + " in " + file + ".java");
    }

    /**
     * {@code <className>.<method>(<simple name>.java:<line of the mark>)} for any top-level test class, such as the
     * stand-ins named like the libraries a rule's exception lets through.
     */
    static String frameOf(String className, String method, String mark) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        Path source = Path.of("src/test/java", className.replace('.', '/') + ".java");
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith("// mark:" + mark)) {
                return className + "." + method + "(" + simple + ".java:" + (i + 1) + ")";
            }
        }
        throw new IllegalArgumentException("no // mark:" + mark + " in " + source);
    }

    static String ops(String method, String mark) {
        return frame("Operations", method, mark);
    }
}
