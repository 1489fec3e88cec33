package dev.peregrine.agent.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the test application in a real JVM of a given feature version, with or without the built agent jar, and
 * collects what it printed, the JVM events ({@code events.file}) and the alerts ({@code alerts.json}).
 */
final class TestJvm {

    static final String MAIN = "dev.peregrine.agent.testapp.TestApp";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path work;
    final Path events;
    final Path alerts;

    TestJvm(Path work) {
        this.work = work;
        this.events = work.resolve("events.jsonl");
        this.alerts = work.resolve("alerts.jsonl");
    }

    static Path javaHome(int feature) {
        Path home = Path.of(System.getProperty("peregrine.it.jdk" + feature));
        assertTrue(Files.isExecutable(home.resolve("bin/java")), "JDK " + feature + " not found at " + home);
        return home;
    }

    static Path agentJar() {
        Path jar = Path.of(System.getProperty("peregrine.agent.jar"));
        assertTrue(Files.isRegularFile(jar), "agent jar not built: " + jar + " (run the package phase)");
        return jar;
    }

    /** The agent argument writing events and alerts into the work directory, plus {@code extra} options. */
    String agentArg(String extra) {
        // embedded, not auto: a probe running on this machine must not take the events these tests assert on
        String base = "quiet=true,mode=embedded,events.file=" + events + ",alerts.json=" + alerts;
        return "-javaagent:" + agentJar() + "=" + base + (extra.isEmpty() ? "" : "," + extra);
    }

    List<String> command(int feature, String agentArg, String classpath, List<String> ops) {
        return command(feature, agentArg, classpath, MAIN, ops);
    }

    /** The command starting {@code main} (a test application's class) with the work directory and {@code ops}. */
    List<String> command(int feature, String agentArg, String classpath, String main, List<String> ops) {
        List<String> cmd = new ArrayList<>(List.of(javaHome(feature).resolve("bin/java").toString()));
        if (feature >= 22) {
            cmd.add("--enable-native-access=ALL-UNNAMED");
        }
        if (agentArg != null) {
            cmd.add(agentArg);
        }
        cmd.addAll(List.of("-cp", classpath, main, work.toString()));
        cmd.addAll(ops);
        return cmd;
    }

    static String testClasses() {
        return System.getProperty("peregrine.testapp.classes");
    }

    Result run(List<String> command) throws IOException, InterruptedException {
        Path out = work.resolve("stdout-" + System.nanoTime() + ".txt");
        Path err = work.resolve("stderr-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "test JVM did not finish: " + command);
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    List<JsonNode> events() throws IOException {
        return jsonLines(events);
    }

    List<JsonNode> alerts() throws IOException {
        return jsonLines(alerts);
    }

    static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        if (!Files.exists(file)) {
            return nodes;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    static String classpath(Path... entries) {
        List<String> parts = new ArrayList<>();
        for (Path e : entries) {
            parts.add(e.toString());
        }
        return String.join(File.pathSeparator, parts);
    }

    record Result(int exit, String stdout, String stderr) {

        /** The {@code RESULT <op> ...} lines, in order. */
        List<String> results() {
            List<String> lines = new ArrayList<>();
            for (String line : stdout.split("\n")) {
                if (line.startsWith("RESULT ")) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }
}
