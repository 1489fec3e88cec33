package dev.peregrine.engine.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class RingTransportTest {

    private static final int CAPACITY = 4096;

    private final ByteBuffer file = ByteBuffer.allocateDirect((int) RingLayout.fileSize(CAPACITY))
            .order(ByteOrder.LITTLE_ENDIAN);
    private final RecordEncoder enc = new RecordEncoder(1024);
    private final RecordView view = new RecordView();

    RingTransportTest() {
        RingWriter.format(file, 4242, 777, CAPACITY);
    }

    private int encode(int op, String path, List<String> argv) {
        enc.begin(op, RingLayout.FLAG_BEGIN | RingLayout.FLAG_END, 123456789L, 123499999L, 99, 1, 8080);
        for (int s = 0; s < RingLayout.STRING_SLOTS; s++) {
            enc.string(s == RingLayout.S_PATH ? path : s == RingLayout.S_THREAD_NAME ? "main" : null);
        }
        enc.list(argv);
        enc.list((List<String>) null);
        enc.list(List.of("a.B.c(B.java:1)"));
        return enc.finish();
    }

    private RingReader reader() throws CorruptRingException {
        return new RingReader(file, file, RingLayout.OFF_CONSUMER);
    }

    @Test
    void roundTrip() throws Exception {
        RingWriter w = new RingWriter(file);
        assertTrue(w.offer(enc.buffer(), encode(3, "/etc/shadow é€😀", List.of("sh", "-c", "id"))));
        RingReader r = reader();
        assertEquals(4242, r.pid());
        assertEquals(777, r.startTime());
        assertTrue(r.poll(view));
        assertEquals(3, view.op());
        assertEquals(RingLayout.FLAG_BEGIN | RingLayout.FLAG_END, view.flags());
        assertEquals(123456789L, view.monoNanos());
        assertEquals(123499999L, view.endNanos());
        assertEquals(99, view.tid());
        assertEquals(8080, view.number());
        assertEquals("/etc/shadow é€😀", view.string(RingLayout.S_PATH));
        assertEquals("main", view.string(RingLayout.S_THREAD_NAME));
        assertNull(view.string(RingLayout.S_CALLER));
        assertEquals(List.of("sh", "-c", "id"), view.list(RingLayout.L_ARGV));
        assertNull(view.list(RingLayout.L_ENV));
        assertEquals(List.of("a.B.c(B.java:1)"), view.list(RingLayout.L_STACK));
        assertFalse(r.poll(view));
    }

    @Test
    void wrapsAroundWithPadding() throws Exception {
        RingWriter w = new RingWriter(file);
        RingReader r = reader();
        for (int i = 0; i < 500; i++) {
            String path = "/tmp/file-" + i + "x".repeat(i % 97);
            assertTrue(w.offer(enc.buffer(), encode(i % 10, path, List.of("arg" + i))), "record " + i);
            assertTrue(r.poll(view));
            assertEquals(path, view.string(RingLayout.S_PATH));
            assertEquals(List.of("arg" + i), view.list(RingLayout.L_ARGV));
        }
        assertFalse(r.poll(view));
        assertTrue(file.getLong(RingLayout.OFF_PRODUCER) > 10L * CAPACITY, "the test must wrap many times");
        assertEquals(0, r.dropped());
    }

    @Test
    void fullRingDropsAndCounts() throws Exception {
        RingWriter w = new RingWriter(file);
        int len = encode(1, "/x".repeat(100), null);
        int written = 0;
        while (w.offer(enc.buffer(), len)) {
            written++;
        }
        assertEquals(CAPACITY / RingLayout.align(len), written);
        assertFalse(w.offer(enc.buffer(), len));
        assertEquals(2, w.dropped());
        RingReader r = reader();
        assertEquals(2, r.dropped());
        assertTrue(r.poll(view));
        assertTrue(r.poll(view)); // gives back the first record's space
        assertTrue(w.offer(enc.buffer(), len), "space freed by the reader is reused");
    }

    @Test
    void restartedReaderContinuesFromSharedPosition() throws Exception {
        RingWriter w = new RingWriter(file);
        w.offer(enc.buffer(), encode(1, "/a", null));
        w.offer(enc.buffer(), encode(2, "/b", null));
        RingReader first = reader();
        assertTrue(first.poll(view));
        first.commit();
        RingReader second = reader();
        assertTrue(second.poll(view));
        assertEquals("/b", view.string(RingLayout.S_PATH));
    }

    @Test
    void corruptedRecordLengthsAreRejected() throws Exception {
        RingWriter w = new RingWriter(file);
        int len = encode(1, "/etc/passwd", List.of("x"));
        w.offer(enc.buffer(), len);
        int at = RingLayout.DATA_OFFSET;
        for (int bad : new int[] {0, 7, CAPACITY + 8, Integer.MAX_VALUE, -1, RingLayout.align(len) + 8}) {
            file.putInt(at, bad);
            assertThrows(CorruptRingException.class, () -> reader().poll(view), "record length " + bad);
        }
        file.putInt(at, len);
        int pathLen = at + RingLayout.RECORD_HEADER + RingLayout.EVENT_FIXED + 2 + "main".length();
        file.putShort(pathLen, (short) 4000);
        CorruptRingException e = assertThrows(CorruptRingException.class, () -> reader().poll(view));
        assertTrue(e.getMessage().contains("overruns"), e.getMessage());
        file.putShort(pathLen, (short) "/etc/passwd".length());
        assertTrue(reader().poll(view), "the repaired record reads again");
        file.putShort(at + 4, (short) 9);
        assertThrows(CorruptRingException.class, () -> reader().poll(view), "unknown kind");
    }

    @Test
    void corruptedPositionsAndHeaderAreRejected() {
        file.putLong(RingLayout.OFF_PRODUCER, CAPACITY + 64L);
        assertThrows(CorruptRingException.class, () -> reader().poll(view));
        file.putLong(RingLayout.OFF_PRODUCER, 0);
        file.putLong(RingLayout.OFF_CAPACITY, 5000);
        assertNotNull(RingLayout.headerProblem(file, file.capacity()));
        assertThrows(CorruptRingException.class, this::reader);
        file.putLong(RingLayout.OFF_CAPACITY, CAPACITY);
        assertNull(RingLayout.headerProblem(file, file.capacity()));
        file.putInt(RingLayout.OFF_VERSION, RingLayout.VERSION + 1);
        assertTrue(RingLayout.headerProblem(file, file.capacity()).contains("version"));
        file.putInt(RingLayout.OFF_VERSION, RingLayout.VERSION);
        file.putLong(RingLayout.OFF_MAGIC, 1);
        assertTrue(RingLayout.headerProblem(file, file.capacity()).contains("magic"));
    }
}
