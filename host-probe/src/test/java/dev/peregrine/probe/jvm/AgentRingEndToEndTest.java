package dev.peregrine.probe.jvm;

import static dev.peregrine.probe.jvm.AgentJar.JAVA17;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.transport.RingLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real JDK 17 JVM with the built agent jar in {@code mode=probe}, then {@code mode=auto} (which finds the probe
 * announced), starts a process; this test, as the probe, finds its ring in the directory and reads the event with
 * its argv and caller. The agent jar comes from the reactor ({@link AgentJar}); without it the test fails.
 */
class AgentRingEndToEndTest {

    private static final String APP = """
            import java.nio.file.*;
            public class Exec {
                public static void main(String[] args) throws Exception {
                    new ProcessBuilder("/bin/true", "peregrine-ring-it").start().waitFor();
                    Path done = Path.of(args[0]);
                    for (int i = 0; i < 1200 && !Files.exists(done); i++) {
                        Thread.sleep(50);
                    }
                }
            }
            """;

    @TempDir
    Path work;

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"probe", "auto"})
    void processStartReachesTheProbeThroughTheRing(String mode) throws Exception {
        Path jar = AgentJar.path();
        assertTrue(Files.isExecutable(JAVA17), "JDK 17 not found at " + JAVA17);
        Path ringDir = Files.createDirectory(work.resolve("jvm"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.writeString(work.resolve("Exec.java"), APP);
        Path done = work.resolve("done");
        String[] received = new String[3];
        try (JvmRings rings = JvmRings.watch(ringDir)) {
            Process jvm = new ProcessBuilder(JAVA17.toString(),
                    "-javaagent:" + jar + "=mode=" + mode + ",quiet=true,ring.dir=" + ringDir,
                    work.resolve("Exec.java").toString(), done.toString())
                    .directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("out.txt").toFile()).start();
            try {
                for (int i = 0; i < 1200 && received[0] == null && jvm.isAlive(); i++) {
                    rings.poll((pid, v) -> {
                        if (RingLayout.OPS.get(v.op()).equals("process_start")) {
                            received[0] = String.valueOf(pid);
                            received[1] = String.valueOf(v.list(RingLayout.L_ARGV));
                            received[2] = v.string(RingLayout.S_CALLER);
                        }
                    }, 1000);
                    Rings.sleepQuietly(50);
                }
                Files.writeString(done, "");
                assertTrue(jvm.waitFor(60, TimeUnit.SECONDS), "test JVM did not exit");
            } finally {
                jvm.destroyForcibly();
            }
            String out = Files.readString(work.resolve("out.txt"));
            assertNotNull(received[0], "no process_start event reached the probe; JVM output:\n" + out);
            assertEquals(String.valueOf(jvm.pid()), received[0]);
            assertEquals("[/bin/true, peregrine-ring-it]", received[1]);
            assertTrue(received[2] != null && received[2].startsWith("Exec.main(Exec.java:"), "caller " + received[2]);
            assertEquals(0, jvm.exitValue(), out);
            assertTrue(Files.notExists(ringDir.resolve(RingLayout.fileName(jvm.pid()))),
                    "the agent deletes its ring at exit");
        }
    }
}
