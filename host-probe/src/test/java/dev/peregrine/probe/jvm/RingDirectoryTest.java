package dev.peregrine.probe.jvm;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RingDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void onlyPidRingNamesAreRings() {
        assertEquals(1234, RingDirectory.pidOf("1234.ring"));
        for (String other : new String[] {"1234.ring.1f.tmp", "abc.ring", ".ring", "probe.pid", "-1.ring",
                "99999999999999.ring", "12 4.ring"}) {
            assertEquals(-1, RingDirectory.pidOf(other), other);
        }
    }

    @Test
    void ensureCreatesASharedStickyDirectory() throws Exception {
        Path dir = tmp.resolve("run/peregrine/jvm");
        RingDirectory.ensure(dir);
        assertEquals(01777, (Integer) Files.getAttribute(dir, "unix:mode") & 07777);
        Files.setAttribute(dir, "unix:mode", 0777);
        assertThrows(IOException.class, () -> RingDirectory.ensure(dir), "an existing unsafe directory is refused");
    }

    @Test
    void directoryMustBeRootsRealAndStickyWhenShared() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("jvm"));
        assertDoesNotThrow(() -> RingDirectory.check(dir));
        Files.setAttribute(dir, "unix:mode", 0777);
        assertTrue(assertThrows(IOException.class, () -> RingDirectory.check(dir)).getMessage().contains("sticky"));
        Files.setAttribute(dir, "unix:mode", 01777);
        assertDoesNotThrow(() -> RingDirectory.check(dir));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), dir);
        assertTrue(assertThrows(IOException.class, () -> RingDirectory.check(link)).getMessage().contains("symbolic"));
        Files.setAttribute(dir, "unix:uid", 65534);
        assertTrue(assertThrows(IOException.class, () -> RingDirectory.check(dir)).getMessage().contains("not root"));
    }
}
