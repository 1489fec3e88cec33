package dev.peregrine.engine.transport;

import static dev.peregrine.engine.transport.RingLayout.DATA_OFFSET;
import static dev.peregrine.engine.transport.RingLayout.LONGS;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The ring's single consumer. {@link #poll} hands out the next EVENT record through a reused {@link RecordView}; the
 * space of a record is given back to the writer (consumer position, release store) when the next poll begins, so
 * the view stays valid while the caller uses it. The consumer position lives in the ring header: a reader created
 * later (a restarted probe) continues where the last one stopped.
 *
 * <p>The ring and the consumer cell may be separate buffers: the probe maps the ring read-only and only the
 * consumer's cache line read-write.
 */
public final class RingReader {

    private final ByteBuffer ring;
    private final ByteBuffer consumerCell;
    private final int consumerIndex;
    private final int capacity;
    private final int mask;
    private long consumer;
    private long pending;

    /**
     * @param ring          the whole ring file (header checked with {@link RingLayout#headerProblem})
     * @param consumerCell  where the consumer position lives: {@code ring} itself, or a writable view of it
     * @param consumerIndex byte index of the consumer position in {@code consumerCell}
     */
    public RingReader(ByteBuffer ring, ByteBuffer consumerCell, int consumerIndex) throws CorruptRingException {
        this.ring = ring.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        String problem = RingLayout.headerProblem(this.ring, this.ring.capacity());
        if (problem != null) {
            throw new CorruptRingException(problem);
        }
        this.consumerCell = consumerCell.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        this.consumerIndex = consumerIndex;
        this.capacity = (int) this.ring.getLong(RingLayout.OFF_CAPACITY);
        this.mask = capacity - 1;
        this.consumer = (long) LONGS.getAcquire(this.consumerCell, consumerIndex);
        this.pending = consumer;
    }

    /** Reads the next event into {@code view}; false when there is none yet. */
    public boolean poll(RecordView view) throws CorruptRingException {
        if (pending != consumer) {
            consumer = pending;
            LONGS.setRelease(consumerCell, consumerIndex, consumer);
        }
        long producer = (long) LONGS.getAcquire(ring, RingLayout.OFF_PRODUCER);
        while (true) {
            long available = producer - consumer;
            if (available < 0 || available > capacity) {
                throw new CorruptRingException("producer position " + producer + " inconsistent with consumer "
                        + consumer);
            }
            if (available == 0) {
                return false;
            }
            int off = (int) (consumer & mask);
            int len = ring.getInt(DATA_OFFSET + off);
            int kind = ring.getShort(DATA_OFFSET + off + 4) & 0xFFFF;
            if (len < RingLayout.RECORD_HEADER || len > capacity - off || RingLayout.align(len) > available) {
                throw new CorruptRingException("record length " + len + " at offset " + off + " out of bounds");
            }
            if (kind == RingLayout.KIND_PAD) {
                if (len != capacity - off) {
                    throw new CorruptRingException("padding of " + len + " bytes does not reach the end of the ring");
                }
                consumer += len;
                LONGS.setRelease(consumerCell, consumerIndex, consumer);
                continue;
            }
            if (kind != RingLayout.KIND_EVENT) {
                throw new CorruptRingException("unknown record kind " + kind);
            }
            view.parse(ring, DATA_OFFSET + off, len);
            pending = consumer + RingLayout.align(len);
            return true;
        }
    }

    /** Gives back the space of the last record read (poll does it too). */
    public void commit() {
        if (pending != consumer) {
            consumer = pending;
            LONGS.setRelease(consumerCell, consumerIndex, consumer);
        }
    }

    /** Records the writer dropped because the ring was full (written by the writer: informative only). */
    public long dropped() {
        return (long) LONGS.getAcquire(ring, RingLayout.OFF_DROPPED);
    }

    public long pid() {
        return ring.getLong(RingLayout.OFF_PID);
    }

    public long startTime() {
        return ring.getLong(RingLayout.OFF_START_TIME);
    }

    public int capacity() {
        return capacity;
    }
}
