package dev.peregrine.probe.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.probe.jvm.AgentJar;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The join tests' JVM: the test resource {@code Corr.java} run by a real JDK 25 with the built agent in
 * {@code mode=probe}, performing {@code actions}, then waiting for a "done" file so the test decides when it exits
 * (its ring must stay attached until the daemon has read everything).
 */
final class CorrJvm {

    static final Path JAVA25 = Path.of(System.getProperty("java.home"), "bin/java");

    private CorrJvm() {
    }

    /** Whether the alerts the test waits for have come. */
    interface Until {
        boolean done() throws Exception;
    }

    /** A step while waiting for the alerts (reading ids of the running process, say). */
    interface Probe {
        void look(Process jvm) throws Exception;
    }

    /**
     * Runs {@code prefix} (e.g. {@code unshare ...}, or nothing) + the JVM in {@code dir}; looks every 50 ms until
     * {@code finished} or 30 s, lets a second alert for one operation show (0.5 s), then lets the JVM exit, which
     * must succeed. Returns the exited process (the prefix's, if any).
     */
    static Process run(Path dir, Path ringDir, List<String> prefix, List<String> jvmOptions, List<String> actions,
                       Until finished, Probe whileWaiting) throws Exception {
        Path source = dir.resolve("Corr.java");
        if (!Files.exists(source)) {
            try (InputStream in = CorrJvm.class.getResourceAsStream("/correlation/Corr.java")) {
                Files.write(source, in.readAllBytes());
            }
        }
        Path done = dir.resolve("done-" + UUID.randomUUID());
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(JAVA25.toString(),
                "-javaagent:" + AgentJar.path() + "=mode=probe,quiet=true,ring.dir=" + ringDir,
                "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(jvmOptions);
        cmd.add(source.toString());
        cmd.add(done.toString());
        cmd.addAll(actions);
        Path out = dir.resolve("out.txt");
        Process jvm = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        try {
            for (int i = 0; i < 600 && jvm.isAlive() && !finished.done(); i++) {
                whileWaiting.look(jvm);
                Thread.sleep(50);
            }
            Thread.sleep(500); // a second alert for one operation would show by now
            Files.writeString(done, "");
            assertTrue(jvm.waitFor(60, TimeUnit.SECONDS), "test JVM did not exit");
        } finally {
            jvm.destroyForcibly();
        }
        assertEquals(0, jvm.exitValue(), Files.readString(out));
        return jvm;
    }
}
