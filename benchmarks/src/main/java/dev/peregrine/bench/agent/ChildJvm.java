package dev.peregrine.bench.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Launches one of the trivial applications in a fresh JVM of a given JDK, with or without the agent, times the whole
 * launch (start to exit, as a user would see it), and parses the {@code key=value} line it prints. A launch whose
 * agent state is not the expected one is an error: see {@link AgentProbe}.
 */
final class ChildJvm {

    /** What one launch took and reported. */
    record Launch(double millis, Map<String, String> values) {
        double number(String key) {
            return Double.parseDouble(values.get(key));
        }
    }

    private final BenchSettings settings;
    private final Path appClasses;

    ChildJvm(BenchSettings settings, Path appClasses) {
        this.settings = settings;
        this.appClasses = appClasses;
    }

    Launch run(Path jdk, boolean withAgent, String mainClass) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(jdk.resolve("bin/java").toString());
        if (withAgent) {
            command.add(settings.javaagentOption());
        }
        command.addAll(List.of("-cp", appClasses.toString(), mainClass));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        Map<String, String> values = parse(output);
        if (rc != 0 || !String.valueOf(withAgent).equals(values.get("agent"))) {
            throw new IOException("launch of " + mainClass + " on " + jdk + (withAgent ? " with" : " without")
                    + " the agent failed (exit " + rc + ", expected agent=" + withAgent + "):\n" + output);
        }
        return new Launch(millis, values);
    }

    private static Map<String, String> parse(String output) {
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            if (!line.startsWith("agent=")) {
                continue;
            }
            for (String pair : line.trim().split(" ")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return values;
    }
}
