package dev.peregrine.probe.ring;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * The consumer side of the BPF ring buffer protocol, over three memory segments: the consumer position (ours, the
 * only thing we write), the producer position, and the data area mapped twice back to back (so a record that wraps
 * around the end is contiguous, as in the kernel's and libbpf's mappings). Independent of how the memory was mapped,
 * which lets tests drive it with a simulated producer.
 *
 * <p>Record header (kernel/bpf/ringbuf.c, struct bpf_ringbuf_hdr): {@code u32 len} whose bit 31 is BUSY (reserved,
 * not committed yet) and bit 30 DISCARD (committed but dropped), then {@code u32 pg_off}; the sample follows at +8 and
 * records are 8-byte aligned. Memory ordering, each access paired with its kernel counterpart:
 * <ul>
 *   <li>{@code producer_pos} is read with acquire: pairs with {@code smp_store_release(&rb->producer_pos, ...)} in
 *       {@code __bpf_ringbuf_reserve()}, which publishes the BUSY header written just before it.</li>
 *   <li>each header's {@code len} is read with acquire: pairs with {@code xchg(&hdr->len, new_len)} in
 *       {@code bpf_ringbuf_commit()} (a full barrier after the sample was written), so once BUSY is seen clear the
 *       sample bytes are visible.</li>
 *   <li>{@code consumer_pos} is written with release after the handler returned: pairs with
 *       {@code smp_load_acquire(&rb->consumer_pos)} in {@code __bpf_ringbuf_reserve()}, so the kernel reuses the space
 *       only after our reads of it are done.</li>
 * </ul>
 * Single consumer: no locks, no CAS; no allocation per record. Not thread-safe (one polling thread).
 */
public final class RingConsumer {

    static final int BUSY_BIT = 1 << 31;
    static final int DISCARD_BIT = 1 << 30;
    static final int HEADER_SIZE = 8;

    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();

    private final MemorySegment consumerPos;
    private final MemorySegment producerPos;
    private final MemorySegment data;
    private final long mask;
    private long consumed;

    /**
     * @param consumerPos at least 8 bytes, the consumer position
     * @param producerPos at least 8 bytes, the producer position
     * @param data        2 * ringSize bytes: the data pages mapped twice
     * @param ringSize    power of two
     */
    public RingConsumer(MemorySegment consumerPos, MemorySegment producerPos, MemorySegment data, long ringSize) {
        if (Long.bitCount(ringSize) != 1 || data.byteSize() < 2 * ringSize) {
            throw new IllegalArgumentException("ring size must be a power of two with a double-mapped data area");
        }
        this.consumerPos = consumerPos;
        this.producerPos = producerPos;
        this.data = data;
        this.mask = ringSize - 1;
        this.consumed = (long) LONG.getAcquire(consumerPos, 0L);
    }

    /** Hands every committed record to the handler; returns how many (discarded ones not counted). */
    public int drain(RecordHandler handler) {
        return drain(handler, Integer.MAX_VALUE);
    }

    /**
     * Hands committed records to the handler until the ring is empty or {@code maxRecords} were delivered, so a
     * caller under sustained load still gets control back (to reload rules, read drop counters, stop).
     */
    public int drain(RecordHandler handler, int maxRecords) {
        int delivered = 0;
        long cons = consumed;
        try {
            while (true) {
                long prod = (long) LONG.getAcquire(producerPos, 0L);
                if (cons >= prod || delivered >= maxRecords) {
                    return delivered;
                }
                while (cons < prod && delivered < maxRecords) {
                    long offset = cons & mask;
                    int len = (int) INT.getAcquire(data, offset);
                    if ((len & BUSY_BIT) != 0) {
                        // Records commit out of order across CPUs but are consumed in order: wait for this one.
                        return delivered;
                    }
                    int size = len & ~(BUSY_BIT | DISCARD_BIT);
                    cons += (size + HEADER_SIZE + 7) & ~7L;
                    try {
                        if ((len & DISCARD_BIT) == 0) {
                            delivered++;
                            handler.onRecord(data, offset + HEADER_SIZE, size);
                        }
                    } finally {
                        // Release even if the handler threw, so a bad record cannot wedge the ring (as libbpf does).
                        LONG.setRelease(consumerPos, 0L, cons);
                    }
                }
            }
        } finally {
            consumed = cons;
        }
    }

    /** Bytes committed or reserved by producers and not yet consumed. */
    public long pendingBytes() {
        return (long) LONG.getAcquire(producerPos, 0L) - consumed;
    }
}
