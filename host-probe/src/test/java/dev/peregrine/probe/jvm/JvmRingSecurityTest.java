package dev.peregrine.probe.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.transport.RecordView;
import dev.peregrine.engine.transport.RingLayout;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each test names the check it exercises through the rejection reason, so removing the check fails it. */
class JvmRingSecurityTest {

    @TempDir
    Path dir;

    private final long self = Rings.self();

    private Path ringPath(long pid) {
        return dir.resolve(RingLayout.fileName(pid));
    }

    private String rejection(long pid) {
        RingRejectedException e = assertThrows(RingRejectedException.class, () -> JvmRing.open(ringPath(pid), pid));
        return e.getMessage();
    }

    @Test
    void validRingIsAcceptedAndRead() throws Exception {
        MappedByteBuffer map = Rings.createFor(dir, self);
        Rings.write(map, List.of("sh", "-c", "id"), "app.Main.run(Main.java:7)");
        try (JvmRing ring = JvmRing.open(ringPath(self), self)) {
            RecordView view = new RecordView();
            assertTrue(ring.poll(view));
            assertEquals(List.of("sh", "-c", "id"), view.list(RingLayout.L_ARGV));
            assertEquals("app.Main.run(Main.java:7)", view.string(RingLayout.S_CALLER));
        }
    }

    @Test
    void symbolicLinkIsRejected() throws Exception {
        Path real = dir.resolve("elsewhere");
        Files.createDirectory(real);
        Rings.createFor(real, self);
        Files.createSymbolicLink(ringPath(self), real.resolve(RingLayout.fileName(self)));
        assertTrue(rejection(self).contains("symbolic link"), rejection(self));
    }

    @Test
    void nonRegularFileIsRejected() throws Exception {
        Process mk = new ProcessBuilder("mkfifo", ringPath(self).toString()).start();
        assertEquals(0, mk.waitFor());
        assertTrue(rejection(self).contains("not a regular file"), rejection(self));
        Files.delete(ringPath(self));
        Files.createDirectory(ringPath(self));
        assertTrue(rejection(self).contains("not a regular file"), rejection(self));
    }

    @Test
    void ringOwnedByAnotherUserThanItsProcessIsRejected() throws Exception {
        Process nobody = Rings.sleeper(65534);
        try {
            assertEquals(65534, ProcIdentity.of(nobody.pid()).euid());
            Rings.createFor(dir, nobody.pid()); // owned by root, claims nobody's process
            assertTrue(rejection(nobody.pid()).contains("runs as uid 65534"), rejection(nobody.pid()));
        } finally {
            Rings.stop(nobody);
        }
    }

    @Test
    void mismatchedStartTimeIsRejected() throws Exception {
        Rings.create(ringPath(self), self, ProcIdentity.startTime(self) + 1);
        assertTrue(rejection(self).contains("start time"), rejection(self));
    }

    @Test
    void groupOrWorldWritableIsRejected() throws Exception {
        Rings.createFor(dir, self);
        for (String mode : List.of("rw--w----", "rw-----w-")) {
            Files.setPosixFilePermissions(ringPath(self), PosixFilePermissions.fromString(mode));
            assertTrue(rejection(self).contains("writable by group or others"), mode + ": " + rejection(self));
        }
    }

    @Test
    void badHeaderIsRejected() throws Exception {
        MappedByteBuffer map = Rings.createFor(dir, self);
        map.order(java.nio.ByteOrder.LITTLE_ENDIAN);
        map.putLong(RingLayout.OFF_MAGIC, 0x1234);
        assertTrue(rejection(self).contains("magic"), rejection(self));
        map.putLong(RingLayout.OFF_MAGIC, RingLayout.MAGIC);
        map.putInt(RingLayout.OFF_VERSION, 99);
        assertTrue(rejection(self).contains("version"), rejection(self));
        map.putInt(RingLayout.OFF_VERSION, RingLayout.VERSION);
        map.putLong(RingLayout.OFF_CAPACITY, 1L << 40);
        assertTrue(rejection(self).contains("capacity"), rejection(self));
        map.putLong(RingLayout.OFF_CAPACITY, Rings.CAPACITY);
        map.putLong(RingLayout.OFF_PID, self + 1);
        assertTrue(rejection(self).contains("header pid"), rejection(self));
    }

    @Test
    void wrongSizeIsRejected() throws Exception {
        Rings.createFor(dir, self);
        try (FileChannel ch = FileChannel.open(ringPath(self), StandardOpenOption.WRITE)) {
            ch.truncate(100);
        }
        assertTrue(rejection(self).contains("size"), rejection(self));
    }

    @Test
    void truncatedAfterOpenIsRejectedWithoutCrashing() throws Exception {
        MappedByteBuffer map = Rings.createFor(dir, self);
        Rings.write(map, List.of("x"), null);
        try (JvmRing ring = JvmRing.open(ringPath(self), self)) {
            try (FileChannel ch = FileChannel.open(ringPath(self), StandardOpenOption.WRITE)) {
                ch.truncate(0);
            }
            assertThrows(dev.peregrine.engine.transport.CorruptRingException.class, () -> ring.poll(new RecordView()));
        }
    }
}
