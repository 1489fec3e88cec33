package dev.peregrine.probe.ring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The consumer protocol against a simulated kernel producer writing the same layout (kernel/bpf/ringbuf.c). */
class RingConsumerTest {

    private static final int SIZE = 64;

    private final Arena arena = Arena.ofConfined();
    private final MemorySegment cons = arena.allocate(8, 8);
    private final MemorySegment prod = arena.allocate(8, 8);
    private final MemorySegment data = arena.allocate(2 * SIZE, 8);
    private long producerPos;
    private final List<byte[]> seen = new ArrayList<>();
    private final RecordHandler collect = (seg, off, len) -> {
        byte[] b = new byte[len];
        MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, off, b, 0, len);
        seen.add(b);
    };

    @AfterEach
    void close() {
        arena.close();
    }

    /** Reserves a record (BUSY), writes the payload into both mappings, returns its header offset. */
    private long reserve(byte[] payload) {
        long at = producerPos;
        putInt(at, payload.length | RingConsumer.BUSY_BIT);
        for (int i = 0; i < payload.length; i++) {
            putByte(at + RingConsumer.HEADER_SIZE + i, payload[i]);
        }
        producerPos += (payload.length + RingConsumer.HEADER_SIZE + 7) & ~7L;
        prod.set(ValueLayout.JAVA_LONG, 0, producerPos);
        return at;
    }

    private void commit(long at, int len, boolean discard) {
        putInt(at, len | (discard ? RingConsumer.DISCARD_BIT : 0));
    }

    private void putByte(long pos, byte b) {
        data.set(ValueLayout.JAVA_BYTE, pos & (SIZE - 1), b);
        data.set(ValueLayout.JAVA_BYTE, (pos & (SIZE - 1)) + SIZE, b); // the second mapping of the same page
    }

    private void putInt(long pos, int v) {
        for (int i = 0; i < 4; i++) {
            putByte(pos + i, (byte) (v >>> (8 * i)));
        }
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (seed + i);
        }
        return b;
    }

    @Test
    void deliversCommittedRecordsInOrderAndAdvancesConsumerByAlignedLength() {
        RingConsumer c = new RingConsumer(cons, prod, data, SIZE);
        commit(reserve(bytes(5, 1)), 5, false);
        commit(reserve(bytes(8, 50)), 8, false);
        assertEquals(2, c.drain(collect));
        assertArrayEquals(bytes(5, 1), seen.get(0));
        assertArrayEquals(bytes(8, 50), seen.get(1));
        assertEquals(16 + 16, cons.get(ValueLayout.JAVA_LONG, 0)); // 5+8 -> 16, 8+8 -> 16
        assertEquals(0, c.pendingBytes());
    }

    @Test
    void recordLimitHandsBackControlAndTheNextDrainResumesWhereItStopped() {
        RingConsumer c = new RingConsumer(cons, prod, data, SIZE);
        commit(reserve(bytes(4, 1)), 4, false);
        commit(reserve(bytes(4, 2)), 4, false);
        commit(reserve(bytes(4, 3)), 4, false);
        assertEquals(2, c.drain(collect, 2));
        assertEquals(2 * 16, cons.get(ValueLayout.JAVA_LONG, 0)); // only the delivered records are released
        assertEquals(1, c.drain(collect, 2));
        assertArrayEquals(bytes(4, 3), seen.get(2));
        assertEquals(3, seen.size());
    }

    @Test
    void busyRecordBlocksLaterCommittedOnesUntilCommitted() {
        RingConsumer c = new RingConsumer(cons, prod, data, SIZE);
        long first = reserve(bytes(4, 7));
        commit(reserve(bytes(4, 9)), 4, false);
        assertEquals(0, c.drain(collect));
        assertEquals(0, cons.get(ValueLayout.JAVA_LONG, 0));
        commit(first, 4, false);
        assertEquals(2, c.drain(collect));
        assertArrayEquals(bytes(4, 7), seen.get(0));
    }

    @Test
    void discardedRecordIsSkippedButConsumed() {
        RingConsumer c = new RingConsumer(cons, prod, data, SIZE);
        commit(reserve(bytes(4, 1)), 4, true);
        commit(reserve(bytes(3, 2)), 3, false);
        assertEquals(1, c.drain(collect));
        assertArrayEquals(bytes(3, 2), seen.get(0));
        assertEquals(32, cons.get(ValueLayout.JAVA_LONG, 0));
    }

    @Test
    void recordWrappingTheEndIsContiguousThroughTheDoubleMapping() {
        RingConsumer c = new RingConsumer(cons, prod, data, SIZE);
        for (int i = 0; i < 3; i++) { // 3 x 16 bytes, then a 24 byte record crossing offset 64
            commit(reserve(bytes(8, i)), 8, false);
        }
        assertEquals(3, c.drain(collect));
        commit(reserve(bytes(20, 100)), 20, false);
        assertEquals(1, c.drain(collect));
        assertArrayEquals(bytes(20, 100), seen.get(3));
        assertEquals(48 + 32, cons.get(ValueLayout.JAVA_LONG, 0));
    }

    @Test
    void handlerFailureStillReleasesTheRecord() {
        RingConsumer c = new RingConsumer(cons, prod, data, SIZE);
        commit(reserve(bytes(4, 1)), 4, false);
        commit(reserve(bytes(4, 2)), 4, false);
        assertThrows(IllegalStateException.class, () -> c.drain((s, o, l) -> {
            throw new IllegalStateException("bad handler");
        }));
        assertEquals(16, cons.get(ValueLayout.JAVA_LONG, 0));
        assertEquals(1, c.drain(collect));
        assertArrayEquals(bytes(4, 2), seen.get(0));
    }
}
