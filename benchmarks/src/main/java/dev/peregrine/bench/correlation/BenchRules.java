package dev.peregrine.bench.correlation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The rules the daemon runs during the latency benchmark, each matching one trigger file: the C trigger's marker
 * (a process without an agent: evaluated at once), and the trigger JVM's target, split by whether the daemon joined
 * the kernel open with the agent's record ({@code jvm.correlated}). The background load opens another file, so it is
 * captured and evaluated by the same rules and raises nothing. Names start with {@link AlertClock#RULE_PREFIX} and
 * then k, j or u, which is how {@link AlertClock} tells them apart.
 */
final class BenchRules {

    final Path markerFile;
    final Path jvmTarget;
    final Path loadFile;
    final Path rulesFile;

    private BenchRules(Path markerFile, Path jvmTarget, Path loadFile, Path rulesFile) {
        this.markerFile = markerFile;
        this.jvmTarget = jvmTarget;
        this.loadFile = loadFile;
        this.rulesFile = rulesFile;
    }

    /** Creates the trigger files and the rules file (root's, 0644, as the daemon's file checks demand) in {@code dir}. */
    static BenchRules create(Path dir) throws IOException {
        Path marker = touch(dir.resolve("k").resolve("marker"));
        Path target = touch(dir.resolve("j").resolve("target"));
        Path load = touch(dir.resolve("load").resolve("background"));
        String yaml = """
                - rule: pg-bench kernel open
                  desc: the C trigger (a process without an agent) opened the marker file
                  condition: evt.type in (open, openat) and fd.name = %s
                  output: "bench marker opened (proc=%%proc.name pid=%%proc.pid user=%%user.name)"
                  priority: NOTICE
                - rule: pg-bench joined JVM open
                  desc: the trigger JVM opened its target and the daemon joined the kernel event with the agent's call
                  condition: evt.type in (open, openat) and fd.name = %s and jvm.correlated = true
                  output: "bench target opened by Java (proc=%%proc.name caller=%%jvm.caller thread=%%jvm.thread.name op=%%jvm.op)"
                  priority: NOTICE
                - rule: pg-bench unjoined JVM open
                  desc: the trigger JVM opened its target and no JVM call was joined (hold window ran out)
                  condition: evt.type in (open, openat) and fd.name = %s and jvm.correlated = false
                  output: "bench target opened, not joined (proc=%%proc.name unexplained=%%jvm.unexplained)"
                  priority: NOTICE
                """.formatted(marker, target, target);
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, yaml);
        Files.setPosixFilePermissions(rules, PosixFilePermissions.fromString("rw-r--r--"));
        return new BenchRules(marker, target, load, rules);
    }

    private static Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(file, "peregrine correlation benchmark\n");
        }
        return file;
    }
}
