package dev.peregrine.agent.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.agent.capture.CapturedEvent;
import dev.peregrine.agent.capture.JvmOp;
import dev.peregrine.agent.capture.ProcessInfo;
import dev.peregrine.agent.config.AgentOptions;
import dev.peregrine.agent.pipeline.EventSink;
import dev.peregrine.engine.transport.ProcStartTime;
import dev.peregrine.engine.transport.RecordView;
import dev.peregrine.engine.transport.RingLayout;
import dev.peregrine.engine.transport.RingReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeTransportTest {

    @TempDir
    Path dir;

    private final ProcessInfo proc = ProcessInfo.current();

    @Test
    void autoFallsBackWhenNoProbeDirectory() throws Exception {
        AgentOptions o = AgentOptions.parse("ring.dir=" + dir.resolve("absent"));
        assertEquals(AgentOptions.Mode.AUTO, o.mode());
        assertTrue(ProbeTransport.open(o, proc).isEmpty());
    }

    @Test
    void autoUsesTheRingOnlyWhenAProbeIsAnnounced() throws Exception {
        AgentOptions o = AgentOptions.parse("ring.dir=" + dir);
        assertTrue(ProbeTransport.open(o, proc).isEmpty(), "directory without a probe");
        Path announce = dir.resolve(RingLayout.PROBE_FILE);
        long start = ProcStartTime.parse(Files.readString(Path.of("/proc/self/stat")));
        Files.writeString(announce, proc.pid() + " " + (start + 1) + "\n");
        assertTrue(ProbeTransport.open(o, proc).isEmpty(), "announcement naming a process that is gone");
        Files.writeString(announce, proc.pid() + " " + start + "\n");
        Files.setPosixFilePermissions(announce, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertTrue(ProbeTransport.open(o, proc).isEmpty(), "announcement anyone could have written");
        Files.setPosixFilePermissions(announce, PosixFilePermissions.fromString("rw-r--r--"));
        Optional<EventSink> sink = ProbeTransport.open(o, proc);
        assertTrue(sink.isPresent(), "live probe announced");
        sink.get().close();
    }

    @Test
    void embeddedNeverUsesTheRing() throws Exception {
        assertTrue(ProbeTransport.open(AgentOptions.parse("mode=embedded,ring.dir=" + dir), proc).isEmpty());
        assertEquals(0, Files.list(dir).count());
    }

    @Test
    void probeModeWritesEventsIntoAPrivateRingDeletedAtClose() throws Exception {
        Optional<EventSink> sink = ProbeTransport.open(AgentOptions.parse("mode=probe,ring.size=8192,ring.dir=" + dir),
                proc);
        assertTrue(sink.isPresent());
        Path ring = dir.resolve(RingLayout.fileName(proc.pid()));
        assertEquals(List.of(ring), Files.list(dir).toList(), "no temporary file is left behind");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(ring));

        CapturedEvent e = new CapturedEvent();
        e.op = JvmOp.PROCESS_START;
        e.monoNanos = 42;
        e.tid = 7;
        e.threadName = "worker-1";
        e.argv = new String[] {"sh", "-c", "id"};
        e.cwd = "/srv";
        e.caller = "app.Main.run(Main.java:3)";
        e.stack = List.of("java.lang.ProcessBuilder.start(ProcessBuilder.java:1)", "app.Main.run(Main.java:3)");
        sink.get().accept(e);

        ByteBuffer map;
        try (FileChannel ch = FileChannel.open(ring, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            map = ch.map(FileChannel.MapMode.READ_WRITE, 0, ch.size());
        }
        RingReader reader = new RingReader(map, map, RingLayout.OFF_CONSUMER);
        assertEquals(proc.pid(), reader.pid());
        assertEquals(ProcStartTime.parse(Files.readString(Path.of("/proc/self/stat"))), reader.startTime());
        assertEquals(8192, reader.capacity());
        RecordView v = new RecordView();
        assertTrue(reader.poll(v));
        assertEquals("process_start", RingLayout.OPS.get(v.op()));
        assertEquals(RingLayout.FLAG_BEGIN, v.flags() & RingLayout.FLAG_BEGIN);
        assertEquals(42, v.monoNanos());
        assertEquals(7, v.tid());
        assertEquals("worker-1", v.string(RingLayout.S_THREAD_NAME));
        assertEquals(List.of("sh", "-c", "id"), v.list(RingLayout.L_ARGV));
        assertEquals("/srv", v.string(RingLayout.S_CWD));
        assertEquals("app.Main.run(Main.java:3)", v.string(RingLayout.S_CALLER));
        assertEquals(e.stack, v.list(RingLayout.L_STACK));
        assertNull(v.string(RingLayout.S_PATH));
        assertFalse(reader.poll(v));

        sink.get().close();
        assertFalse(Files.exists(ring));
    }

    @Test
    void existingRingNameIsNotTakenOver() throws Exception {
        Path ring = dir.resolve(RingLayout.fileName(proc.pid()));
        Files.writeString(ring, "someone else's");
        assertTrue(ProbeTransport.open(AgentOptions.parse("mode=probe,ring.dir=" + dir), proc).isEmpty());
        assertEquals("someone else's", Files.readString(ring));
    }

    @Test
    void ringSizeMustBeAPowerOfTwo() throws Exception {
        assertTrue(ProbeTransport.open(AgentOptions.parse("mode=probe,ring.size=5000,ring.dir=" + dir), proc).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("ring.size=100"));
    }
}
