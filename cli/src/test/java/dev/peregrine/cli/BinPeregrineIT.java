package dev.peregrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bin/peregrine} as a user would, as a separate process on the shaded jar. Runs in Maven's
 * integration-test phase, after the jar is packaged; {@code PEREGRINE_NO_BUILD=1} keeps the script from starting
 * a nested Maven build if a source changes while the build runs.
 */
class BinPeregrineIT {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run peregrine(Path dir, String... args) throws IOException, InterruptedException {
        Path repo = Cli.repo();
        Path jar = repo.resolve("cli/target/peregrine.jar");
        assertTrue(Files.isRegularFile(jar), "the integration-test phase runs after package: " + jar + " missing");
        ProcessBuilder pb = new ProcessBuilder(
                java.util.stream.Stream.concat(java.util.stream.Stream.of(repo.resolve("bin/peregrine").toString()),
                        java.util.Arrays.stream(args)).toList());
        pb.environment().put("PEREGRINE_NO_BUILD", "1");
        // Run where the files are: relative paths must resolve against the user's directory, not the repository.
        pb.directory(dir.toFile());
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bin/peregrine did not finish");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void validatesFalcosRules() throws Exception {
        Run r = peregrine(dir, "validate", Cli.reference("falco_rules.yaml").toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("25 rules (25 enabled), 87 macros, 49 lists"), r::toString);
    }

    @Test
    void replayJsonStdoutIsOnlyAlertsAndRelativePathsWork() throws Exception {
        Path events = Files.writeString(dir.resolve("e.jsonl"), """
                {"evt.type":"execve","proc.name":"sh","proc.exe":"/bin/sh","proc.cmdline":"sh -c id","proc.pname":"java","proc.pexe":"/usr/bin/java"}
                """);
        Run r = peregrine(dir, "replay", "--events", events.getFileName().toString(), "--json");
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r::toString);
        JsonNode alert = new ObjectMapper().readTree(lines.get(0));
        assertEquals("Shell spawned by a JVM", alert.get("rule").asText());
    }

    @Test
    void demoPasses() throws Exception {
        // The live demo through the script, with the agent's embedded engine (LiveDemoIT covers the probe).
        Run r = peregrine(dir, "demo", "--embedded", "--no-build");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().endsWith("PASS\n"), r::toString);
    }
}
