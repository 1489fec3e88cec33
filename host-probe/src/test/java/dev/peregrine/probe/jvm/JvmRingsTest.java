package dev.peregrine.probe.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.transport.RingLayout;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmRingsTest {

    @TempDir
    Path dir;

    private final List<String> seen = new ArrayList<>();

    private int pollUntil(JvmRings rings, java.util.function.BooleanSupplier done) {
        int handled = 0;
        for (int i = 0; i < 500 && !done.getAsBoolean(); i++) {
            handled += rings.poll((pid, v) -> seen.add(pid + " " + v.list(RingLayout.L_ARGV)), 100);
            Rings.sleepQuietly(20);
        }
        return handled;
    }

    @Test
    void ringPresentAtStartIsDiscoveredAndRead() throws Exception {
        MappedByteBuffer map = Rings.createFor(dir, Rings.self());
        Rings.write(map, List.of("before"), null);
        try (JvmRings rings = JvmRings.watch(dir)) {
            assertTrue(rings.has(Rings.self()));
            pollUntil(rings, () -> !seen.isEmpty());
            assertEquals(List.of(Rings.self() + " [before]"), seen);
        }
    }

    @Test
    void ringCreatedAfterStartIsDiscovered() throws Exception {
        Process child = Rings.sleeper(null);
        try (JvmRings rings = JvmRings.watch(dir)) {
            assertEquals(0, rings.size());
            Files.writeString(dir.resolve("notes.txt"), "not a ring");
            MappedByteBuffer map = Rings.createFor(dir, child.pid());
            Rings.write(map, List.of("after"), null);
            pollUntil(rings, () -> !seen.isEmpty());
            assertTrue(rings.has(child.pid()));
            assertEquals(List.of(child.pid() + " [after]"), seen);
        } finally {
            Rings.stop(child);
        }
    }

    @Test
    void ringOfExitedProcessIsClosedAndDeleted() throws Exception {
        Process child = Rings.sleeper(null);
        Path file = dir.resolve(RingLayout.fileName(child.pid()));
        Rings.createFor(dir, child.pid());
        try (JvmRings rings = JvmRings.watch(dir)) {
            assertTrue(rings.has(child.pid()));
            rings.reap();
            assertTrue(rings.has(child.pid()), "a live JVM's ring is kept");
            Rings.stop(child);
            rings.reap();
            assertFalse(rings.has(child.pid()));
            assertFalse(Files.exists(file), "the exited JVM's ring file is deleted");
        }
    }

    @Test
    void probeAnnouncesItselfWhileWatching() throws Exception {
        Path file = dir.resolve(RingLayout.PROBE_FILE);
        Files.writeString(file, "1 1\n"); // a stale or planted announcement is replaced
        try (JvmRings rings = JvmRings.watch(dir)) {
            assertEquals(Rings.self() + " " + ProcIdentity.startTime(Rings.self()) + "\n", Files.readString(file));
            assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"),
                    Files.getPosixFilePermissions(file));
        }
        assertFalse(Files.exists(file), "removed when the probe stops");
    }

    @Test
    void staleRingFoundAtStartIsDeleted() throws Exception {
        Process child = Rings.sleeper(null);
        Rings.createFor(dir, child.pid());
        Rings.stop(child);
        Path file = dir.resolve(RingLayout.fileName(child.pid()));
        try (JvmRings rings = JvmRings.watch(dir)) {
            assertFalse(rings.has(child.pid()));
            assertEquals(1, rings.rejected());
            assertFalse(Files.exists(file));
        }
    }

    @Test
    void corruptedRecordRejectsTheRingWithoutThrowing() throws Exception {
        MappedByteBuffer map = Rings.createFor(dir, Rings.self());
        Rings.write(map, List.of("ok"), null);
        map.order(ByteOrder.LITTLE_ENDIAN).putInt(RingLayout.DATA_OFFSET, 1 << 30);
        try (JvmRings rings = JvmRings.watch(dir)) {
            assertTrue(rings.has(Rings.self()));
            assertEquals(0, rings.poll((pid, v) -> seen.add("event"), 100));
            assertFalse(rings.has(Rings.self()), "the corrupt ring is dropped");
            assertTrue(seen.isEmpty());
        }
    }

    @Test
    void restartedProbeContinuesWhereTheLastStopped() throws Exception {
        MappedByteBuffer map = Rings.createFor(dir, Rings.self());
        Rings.write(map, List.of("one"), null);
        try (JvmRings first = JvmRings.watch(dir)) {
            pollUntil(first, () -> seen.size() == 1);
        }
        Rings.write(map, List.of("two"), null); // the agent keeps writing while no probe runs
        try (JvmRings second = JvmRings.watch(dir)) {
            pollUntil(second, () -> seen.size() == 2);
        }
        assertEquals(List.of(Rings.self() + " [one]", Rings.self() + " [two]"), seen);
    }
}
