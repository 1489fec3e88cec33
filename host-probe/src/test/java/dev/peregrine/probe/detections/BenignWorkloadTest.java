package dev.peregrine.probe.detections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.probe.bpf.RequiresBpf;
import dev.peregrine.probe.daemon.AlertLines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The noise check: an administrator's everyday commands, a small Java build with javac and jar, and a real Maven
 * build of a small project, run for real, raise no alert at Warning or above from the default rules. Every alert
 * the daemon writes between two barriers counts, whatever process raised it, so this test wants a machine where
 * nothing else misbehaves meanwhile (as in CI).
 */
@ExtendWith({RequiresBpf.class, LiveDaemon.Shared.class})
class BenignWorkloadTest {

    private static final Set<String> LOUD = Set.of("Warning", "Error", "Critical", "Alert", "Emergency");

    @TempDir
    Path tmp;

    interface Workload {
        void run() throws Exception;
    }

    /** Runs {@code workload} between two barriers; fails naming every alert at Warning or above it caused. */
    private void assertNothingLoud(Workload workload) throws Exception {
        LiveDaemon daemon = LiveDaemon.get();
        tmp = tmp.toRealPath();
        daemon.barrier();
        int before = daemon.lines().size();
        workload.run();
        daemon.barrier();
        List<String> lines = daemon.lines();
        List<String> loud = new ArrayList<>();
        for (String line : lines.subList(before, lines.size())) {
            if (LOUD.contains(AlertLines.value(line, "priority"))) {
                loud.add(line);
            }
        }
        assertTrue(loud.isEmpty(), "benign workload raised alerts at Warning or above: " + loud);
        assertTrue(lines.size() > before, "the barriers themselves must have been seen");
    }

    @Test
    void everydayAdministrationAndABuildRaiseNothingLoud() throws Exception {
        assertNothingLoud(this::administrationAndJavacBuild);
    }

    /**
     * {@code mvnw -o package} of a generated two-class project: Maven's launcher, its class loading from the local
     * repository, the compiler, the resources and jar plugins, then the jar run with {@code java -cp}.
     */
    @Test
    void aMavenBuildOfASmallProjectRaisesNothingLoud() throws Exception {
        Path project = Files.createDirectories(tmp.toRealPath().resolve("maven-project"));
        MavenBuild.writeProject(project, MavenBuild.pluginVersions(MavenBuild.repoRoot().resolve("pom.xml")));
        assertNothingLoud(() -> {
            Run.ok(project, MavenBuild.packageCommand(project));
            Path jar = project.resolve("target/greeter-1.0.jar");
            assertTrue(Files.isRegularFile(jar), "maven built no jar: " + jar);
            Run run = Run.ok(project, Path.of(System.getProperty("java.home"), "bin/java").toString(), "-cp",
                    jar.toString(), "demo.Main");
            assertEquals("Hello, maven", run.output().trim(), "the jar holds both classes and the resource");
        });
    }

    private void administrationAndJavacBuild() throws Exception {
        Path admin = Files.writeString(tmp.resolve("admin.sh"), """
                set -e
                ls -la /etc /usr/bin > /dev/null
                ps aux > /dev/null
                cat /etc/hostname /etc/os-release /etc/passwd > /dev/null
                grep -r root /etc/passwd /etc/group > /dev/null
                grep -c ERROR /var/log/*.log > /dev/null 2>&1 || true
                find /etc -maxdepth 1 -name '*.conf' > /dev/null
                tar czf backup.tgz -C /etc hostname os-release passwd
                mkdir restore && tar xzf backup.tgz -C restore
                df -h > /dev/null; id > /dev/null; uname -a > /dev/null; who > /dev/null || true
                cp restore/passwd passwd.copy && chmod 640 passwd.copy && rm -f passwd.copy
                """);
        Run.ok(tmp, "/bin/bash", admin.toString());

        Path src = MavenBuild.writeGreeter(tmp.resolve("project"));
        Files.writeString(src.resolve("Main.java"), """
                package demo;
                public final class Main {
                    public static void main(String[] args) throws Exception {
                        System.out.println(Greeter.greet(args.length > 0 ? args[0] : "world"));
                        new ProcessBuilder("git", "--version").start().waitFor(); // build plugins run tools
                    }
                }
                """);
        String javaHome = Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent()
                .toString();
        Path build = Files.writeString(tmp.resolve("project/build.sh"), """
                set -e
                J=%s/bin
                rm -rf target && mkdir -p target/classes
                $J/javac -d target/classes $(find src/main/java -name '*.java')
                $J/jar --create --file target/demo.jar --main-class demo.Main -C target/classes .
                $J/java -jar target/demo.jar build > target/run.txt
                grep -q 'Hello, build' target/run.txt
                """.formatted(javaHome));
        Run.ok(tmp.resolve("project"), "/bin/sh", build.toString());
    }
}
