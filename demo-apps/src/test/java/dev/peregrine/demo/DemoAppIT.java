package dev.peregrine.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peregrine.demo.app.VulnerableApp;
import dev.peregrine.demo.driver.Driver;
import dev.peregrine.demo.driver.Http;
import dev.peregrine.demo.driver.Report;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged demo app in a real JDK 25 JVM with the built agent in embedded mode and its built-in rules only (no
 * host probe): the driver sends every step; each attack must really happen (its evidence) and raise its expected
 * rule at Warning or above, with the application frame that did it as caller, on the request's thread; the benign
 * steps and the app's start-up must raise nothing at Warning or above.
 */
class DemoAppIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LOUD = List.of("Emergency", "Alert", "Critical", "Error", "Warning");

    @TempDir
    Path dir;

    @Test
    void everyAttackFiresItsJvmRuleAndBenignTrafficStaysQuiet() throws Exception {
        dir = dir.toRealPath();
        Path alerts = dir.resolve("alerts.jsonl");
        Process app = new ProcessBuilder(java(), "-javaagent:" + jar("peregrine.agentJar")
                + "=mode=embedded,quiet=true,alerts.log=off,alerts.json=" + alerts,
                "-jar", jar("peregrine.demoJar").toString(), "--dir", dir.resolve("app").toString())
                .redirectError(dir.resolve("app.err").toFile()).start();
        List<Report> reports;
        try {
            String url = awaitReady(app);
            reports = Driver.run(url, 50);
            new Http(url).post("/shutdown", new byte[0]);
            assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the app did not stop");
        } finally {
            app.destroyForcibly();
        }
        String stderr = Files.readString(dir.resolve("app.err"));
        assertEquals(0, app.exitValue(), stderr);

        List<JsonNode> all = readAlerts(alerts);
        for (Report r : reports) {
            assertNull(r.error(), r::json);
            List<JsonNode> mine = ofThread(all, "http-" + r.step().id());
            if (r.step().isAttack()) {
                JsonNode hit = mine.stream().filter(a -> a.get("rule").asText().equals(r.step().expectedRule()))
                        .findFirst().orElse(null);
                assertNotNull(hit, () -> r.step().id() + ": no '" + r.step().expectedRule() + "' among " + mine
                        + "\n" + r.json() + "\n" + stderr);
                assertTrue(LOUD.contains(hit.get("priority").asText()), hit::toString);
                assertEquals("jvm", hit.get("source").asText());
                String caller = hit.get("output_fields").get("jvm.caller").asText();
                assertTrue(caller.startsWith(EXPECTED_CALLER.getOrDefault(r.step().id(), "dev.peregrine.demo.app.")),
                        hit::toString);
                assertTrue(hit.get("tags").toString().contains("mitre_"), hit::toString);
                assertTrue(r.outcome().evidence().contains(EVIDENCE.getOrDefault(r.step().id(), "")), r::json);
            } else {
                assertTrue(loud(mine).isEmpty(), () -> "benign " + r.step().id() + " raised " + loud(mine));
            }
        }
        List<JsonNode> unattributed = new ArrayList<>(loud(all));
        unattributed.removeIf(a -> a.get("output_fields").path("jvm.thread.name").asText().startsWith("http-"));
        assertTrue(unattributed.isEmpty(), () -> "alerts outside any request: " + unattributed);
        assertFalse(reports.stream().noneMatch(r -> r.step().isAttack()), "the driver sent no attack");
    }

    /** The frame the agent must name for each attack, where it is not the app's own handler. */
    private static final Map<String, String> EXPECTED_CALLER = Map.of(
            "deserialization", "org.apache.commons.collections.functors.InvokerTransformer.transform(",
            "command-injection", "dev.peregrine.demo.app.LookupHandler.handle(",
            "path-traversal", "dev.peregrine.demo.app.FilesHandler.handle(",
            "webshell-upload", "dev.peregrine.demo.app.UploadHandler.handle(",
            "ffm-escape", "dev.peregrine.demo.app.NativeDebugHandler.handle(");

    /** What the driver must have seen for the attack to count as really carried out. */
    private static final Map<String, String> EVIDENCE = Map.of(
            "reverse-shell", "uid=",
            "path-traversal", "root:",
            "deserialization", "proof file created by the payload",
            "jndi-injection", "got 1 search",
            "native-library", "loaded /",
            "ffm-escape", "libc system() ran: uid=");

    private static List<JsonNode> loud(List<JsonNode> alerts) {
        return alerts.stream().filter(a -> LOUD.contains(a.get("priority").asText())).toList();
    }

    private static List<JsonNode> ofThread(List<JsonNode> alerts, String thread) {
        return alerts.stream().filter(a -> thread.equals(a.get("output_fields").path("jvm.thread.name").asText()))
                .toList();
    }

    private static List<JsonNode> readAlerts(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private static String awaitReady(Process app) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertNotNull(line, "the app exited before listening");
        assertTrue(line.startsWith(VulnerableApp.READY), line);
        return line.substring(VulnerableApp.READY.length(), line.indexOf(' ', VulnerableApp.READY.length()));
    }

    private static Path jar(String property) {
        String p = System.getProperty(property);
        assertNotNull(p, property + " not set: run through Maven (failsafe, after package)");
        Path jar = Path.of(p);
        assertTrue(Files.isRegularFile(jar), jar + " not built");
        return jar;
    }

    private static String java() {
        return System.getProperty("peregrine.it.java", ProcessHandle.current().info().command().orElse("java"));
    }
}
