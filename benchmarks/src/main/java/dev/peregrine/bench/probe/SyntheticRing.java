package dev.peregrine.bench.probe;

import static dev.peregrine.probe.kernel.EventLayout.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;

/**
 * Ordinary memory laid out like a BPF ring buffer full of committed records (struct bpf_ringbuf_hdr + struct pg_event
 * of peregrine.h): the data area twice in a row as the kernel maps it, a consumer and a producer position. {@link
 * #refill} makes every record pending again, so a benchmark can drain the same bytes over and over. Also scanned by a
 * plain loop: the baseline without the ring protocol or decoding.
 */
final class SyntheticRing {

    static final int GETPPID = 110;
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    final MemorySegment consumerPos;
    final MemorySegment producerPos;
    final MemorySegment data;
    final long ringSize;
    final int stride;
    final int records;

    /**
     * @param ringSize power of two
     * @param path     if non-null, field 0 holds this NUL-terminated path (an openat record), else none (getppid)
     */
    SyntheticRing(Arena arena, long ringSize, String path) {
        byte[] field = path == null ? new byte[0] : (path + '\0').getBytes(StandardCharsets.UTF_8);
        int payload = SIZE + field.length;
        this.stride = (payload + 8 + 7) & ~7;
        this.ringSize = ringSize;
        this.records = (int) (ringSize / stride);
        this.consumerPos = arena.allocate(8, 8);
        this.producerPos = arena.allocate(8, 8);
        this.data = arena.allocate(2 * ringSize, 4096);
        for (int i = 0; i < records; i++) {
            writeRecord(data, (long) i * stride, payload, path == null ? GETPPID : 257, field, i);
        }
        // The kernel maps the data pages twice; copy the first lap after itself.
        MemorySegment.copy(data, 0, data, ringSize, ringSize);
    }

    /** Bytes of the whole records that fit in the ring. */
    long usedBytes() {
        return (long) records * stride;
    }

    /** Makes the whole ring pending again: consumer at 0, producer after the last record (a full, committed ring). */
    void refill() {
        LONG.setRelease(consumerPos, 0L, 0L);
        LONG.setRelease(producerPos, 0L, usedBytes());
    }

    private static void writeRecord(MemorySegment d, long at, int len, int slot, byte[] field, int i) {
        d.set(ValueLayout.JAVA_INT, at, len); // committed: BUSY and DISCARD clear
        d.set(ValueLayout.JAVA_INT, at + 4, 0);
        long e = at + 8;
        d.set(ValueLayout.JAVA_LONG_UNALIGNED, e + TS_NS, 1_000_000_000L + i);
        d.set(ValueLayout.JAVA_SHORT_UNALIGNED, e + KIND, (short) KIND_SYSCALL);
        d.set(ValueLayout.JAVA_SHORT_UNALIGNED, e + SLOT, (short) slot);
        d.set(ValueLayout.JAVA_INT_UNALIGNED, e + TGID, 4242);
        d.set(ValueLayout.JAVA_INT_UNALIGNED, e + TID, 4242);
        d.set(ValueLayout.JAVA_INT_UNALIGNED, e + PPID, 1);
        d.set(ValueLayout.JAVA_LONG_UNALIGNED, e + RET, 1);
        d.set(ValueLayout.JAVA_SHORT_UNALIGNED, e + LEN, (short) field.length);
        MemorySegment.copy(field, 0, d, ValueLayout.JAVA_BYTE, e + SIZE, field.length);
        byte[] comm = "peregrine-load\0".getBytes(StandardCharsets.US_ASCII);
        MemorySegment.copy(comm, 0, d, ValueLayout.JAVA_BYTE, e + COMM, comm.length);
    }

    /**
     * The baseline: walks {@code bytes} of records with plain reads of the same values the decoding consumer reads
     * (length header, the three field lengths, kind, syscall, pid, tid, ret, ts): no acquire/release, no handler.
     */
    static long plainScan(MemorySegment d, long bytes) {
        long sum = 0;
        long o = 0;
        while (o < bytes) {
            int len = d.get(ValueLayout.JAVA_INT, o);
            long e = o + 8;
            sum += d.get(ValueLayout.JAVA_SHORT_UNALIGNED, e + LEN) + d.get(ValueLayout.JAVA_SHORT_UNALIGNED, e + LEN + 2)
                    + d.get(ValueLayout.JAVA_SHORT_UNALIGNED, e + LEN + 4)
                    + d.get(ValueLayout.JAVA_SHORT_UNALIGNED, e + KIND) + d.get(ValueLayout.JAVA_SHORT_UNALIGNED, e + SLOT)
                    + d.get(ValueLayout.JAVA_INT_UNALIGNED, e + TGID) + d.get(ValueLayout.JAVA_INT_UNALIGNED, e + TID)
                    + d.get(ValueLayout.JAVA_LONG_UNALIGNED, e + RET) + d.get(ValueLayout.JAVA_LONG_UNALIGNED, e + TS_NS);
            o += (len + 8 + 7) & ~7L;
        }
        return sum;
    }
}
