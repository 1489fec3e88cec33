package dev.peregrine.agent.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.transport.RingLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ring's name in and out of a container, and how a JVM in a container tells that a probe runs. */
class RingNameAndPresenceTest {

    @TempDir
    Path dir;

    @Test
    void aJvmInTheInitialNamespaceNamesItsRingByPid() {
        assertEquals("1234.ring", RingFile.name(1234, 5678, 4026531836L));
    }

    @Test
    void aJvmInAContainerNamesItsRingUniquely() {
        String a = RingFile.name(1, 5678, 4026532178L);
        assertTrue(a.matches("1-5678-4026532178-[0-9a-f]+\\.ring"), a);
        assertNotEquals(a, RingFile.name(1, 5678, 4026532178L), "a nonce keeps two names apart");
    }

    private Path announcement(long ageMillis, long now) throws Exception {
        Path file = dir.resolve(RingLayout.PROBE_FILE);
        Files.writeString(file, "999999999 1\n"); // a pid no container can see
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(now - ageMillis));
        return file;
    }

    @Test
    void inAContainerAFreshRootOwnedAnnouncementMeansAProbeRuns() throws Exception {
        long now = System.currentTimeMillis();
        announcement(1_000, now);
        assertTrue(ProbePresence.running(dir, false, now));
        assertFalse(ProbePresence.running(dir, true, now), "on the host the pid must be alive");
        announcement(ProbePresence.FRESH_MILLIS + 1_000, now);
        assertFalse(ProbePresence.running(dir, false, now), "a stopped probe's file grows old");
    }

    @Test
    void inAContainerAnAnnouncementOthersCouldWriteOrNotRootsIsIgnored() throws Exception {
        long now = System.currentTimeMillis();
        Path file = announcement(0, now);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertFalse(ProbePresence.running(dir, false, now));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setAttribute(file, "unix:uid", 65534);
        Files.setLastModifiedTime(file, FileTime.fromMillis(now));
        assertFalse(ProbePresence.running(dir, false, now));
    }
}
