package dev.peregrine.probe.jvm;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void ringNamesAreParsedAndEverythingElseIgnored() {
        assertEquals(new RingName(1234, -1, 0), RingName.parse("1234.ring"));
        assertEquals(new RingName(1, 98765, 4026532178L), RingName.parse("1-98765-4026532178-3fa9c0d2e1b4a687.ring"));
        assertTrue(RingName.parse("1-98765-4026532178-3fa9c0d2e1b4a687.ring").namespaced());
        for (String other : new String[] {"1234.ring.1f.tmp", "abc.ring", ".ring", "probe.pid", "-1.ring",
                "99999999999999.ring", "12 4.ring", "0.ring", "1-98765-4026532178-3fa9.ring.77.tmp",
                "1-98765-4026532178.ring", "1-98765-0-3f.ring", "1-98765-4026532178-.ring", "1-98765-4026532178-3G.ring",
                "1--4026532178-3f.ring", "1-98765-4026532178-3f-9.ring", "+1-98765-4026532178-3f.ring"}) {
            assertNull(RingName.parse(other), other);
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
