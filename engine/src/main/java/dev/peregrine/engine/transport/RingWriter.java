package dev.peregrine.engine.transport;

import static dev.peregrine.engine.transport.RingLayout.DATA_OFFSET;
import static dev.peregrine.engine.transport.RingLayout.LONGS;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The ring's single producer (the agent's consumer thread). {@link #offer} copies one encoded record into the ring
 * and publishes it, or drops and counts it when the ring is full; it never blocks and never waits for the reader.
 * Not thread-safe: one writer per ring, by design.
 */
public final class RingWriter {

    private final ByteBuffer file;
    private final int capacity;
    private final int mask;
    /** Only this writer stores the producer position and the drop counter, so plain copies are exact. */
    private long producer;
    private long dropped;

    /** Takes over a ring whose header {@link #format} wrote, continuing from its positions. */
    public RingWriter(ByteBuffer file) {
        this.file = file.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        this.capacity = (int) this.file.getLong(RingLayout.OFF_CAPACITY);
        this.mask = capacity - 1;
        this.producer = (long) LONGS.getAcquire(this.file, RingLayout.OFF_PRODUCER);
        this.dropped = (long) LONGS.getAcquire(this.file, RingLayout.OFF_DROPPED);
    }

    /**
     * Writes a new header into {@code file} (at least {@link RingLayout#fileSize} bytes, zeroed). The magic is
     * written last, with release semantics: a reader that sees it sees the whole header.
     */
    public static void format(ByteBuffer file, long pid, long startTime, int capacity) {
        if (capacity < RingLayout.MIN_CAPACITY || capacity > RingLayout.MAX_CAPACITY || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("ring capacity must be a power of two in [" + RingLayout.MIN_CAPACITY
                    + ", " + RingLayout.MAX_CAPACITY + "]: " + capacity);
        }
        ByteBuffer h = file.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(RingLayout.OFF_VERSION, RingLayout.VERSION);
        h.putInt(RingLayout.OFF_HEADER_SIZE, RingLayout.HEADER_SIZE);
        h.putLong(RingLayout.OFF_PID, pid);
        h.putLong(RingLayout.OFF_START_TIME, startTime);
        h.putLong(RingLayout.OFF_CAPACITY, capacity);
        LONGS.setRelease(h, RingLayout.OFF_MAGIC, RingLayout.MAGIC);
    }

    /**
     * Copies {@code record[0, length)} (an encoded record, see {@link RecordEncoder}) into the ring.
     *
     * @return false when the record was dropped (ring full, or record larger than a quarter of the ring)
     */
    public boolean offer(ByteBuffer record, int length) {
        int len = RingLayout.align(length);
        int off = (int) (producer & mask);
        int contiguous = capacity - off;
        long need = len <= contiguous ? len : (long) contiguous + len;
        long consumer = (long) LONGS.getAcquire(file, RingLayout.OFF_CONSUMER);
        long used = producer - consumer;
        // A consumer position outside [producer - capacity, producer] can only come from a broken reader: drop
        // rather than overwrite unread data.
        if (len > capacity / 4 || used < 0 || used + need > capacity) {
            dropped++;
            LONGS.setRelease(file, RingLayout.OFF_DROPPED, dropped);
            return false;
        }
        if (len > contiguous) {
            file.putInt(DATA_OFFSET + off, contiguous);
            file.putShort(DATA_OFFSET + off + 4, (short) RingLayout.KIND_PAD);
            producer += contiguous;
            off = 0;
        }
        file.put(DATA_OFFSET + off, record, 0, length);
        producer += len;
        LONGS.setRelease(file, RingLayout.OFF_PRODUCER, producer);
        return true;
    }

    public long dropped() {
        return dropped;
    }

    public int capacity() {
        return capacity;
    }
}
