package dev.peregrine.probe.ring;

import dev.peregrine.probe.bpf.NativeCall;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * A BPF_MAP_TYPE_RINGBUF map consumed in place through mmap, as libbpf's src/ringbuf.c does (no copies, no bpf(2)
 * call per record): the consumer page read-write at offset 0, then the producer page plus the data area read-only
 * at offset pagesize, where the kernel maps the data pages twice in a row (kernel/bpf/ringbuf.c
 * bpf_ringbuf_area_alloc) so records never wrap. Wakeups come from epoll on the map fd.
 *
 * <p>One consumer thread calls {@link #poll}/{@link #drain}; {@link #close} must not race with it.
 */
public final class RingBuffer implements AutoCloseable {

    private final Arena arena = Arena.ofShared();
    private final MemorySegment consumerPage;
    private final MemorySegment producerArea;
    private final RingConsumer consumer;
    private final Epoll epoll;
    private boolean closed;

    private RingBuffer(int mapFd, long ringSize) {
        long page = Libc.pageSize();
        MemorySegment errno = NativeCall.newErrnoState(arena);
        MemorySegment cons = MemorySegment.NULL;
        MemorySegment prod = MemorySegment.NULL;
        try {
            cons = mmap(errno, page, Libc.PROT_READ | Libc.PROT_WRITE, mapFd, 0);
            prod = mmap(errno, page + 2 * ringSize, Libc.PROT_READ, mapFd, page);
            this.epoll = new Epoll(mapFd, arena);
        } catch (RuntimeException e) {
            unmap(cons);
            unmap(prod);
            arena.close();
            throw e;
        }
        this.consumerPage = cons;
        this.producerArea = prod;
        this.consumer = new RingConsumer(cons, prod, prod.asSlice(page, 2 * ringSize), ringSize);
    }

    /** Maps the ring buffer map {@code mapFd} whose size (max_entries) is {@code ringSize} bytes. */
    public static RingBuffer map(int mapFd, long ringSize) {
        return new RingBuffer(mapFd, ringSize);
    }

    /** Consumes what is there without waiting. */
    public int drain(RecordHandler handler) {
        return consumer.drain(handler);
    }

    /**
     * How often a waiting consumer looks at the ring. The probe commits records without waking us (a wakeup per
     * record costs the traced task an IPI, see peregrine.bpf.c) except when the backlog crosses a threshold, so this
     * tick bounds the latency of a quiet stream.
     */
    static final int TICK_MILLIS = 5;

    /**
     * Consumes what is there; if nothing was, waits up to timeoutMillis (0 = don't wait, -1 = forever) for records,
     * looking every {@link #TICK_MILLIS} ms or at once on the kernel's wakeup. Returns the number of records handled.
     */
    public int poll(RecordHandler handler, int timeoutMillis) {
        return poll(handler, timeoutMillis, Integer.MAX_VALUE);
    }

    /** As {@link #poll(RecordHandler, int)}, handing over at most {@code maxRecords} records. */
    public int poll(RecordHandler handler, int timeoutMillis, int maxRecords) {
        int n = consumer.drain(handler, maxRecords);
        if (n > 0 || timeoutMillis == 0) {
            return n;
        }
        long deadline = timeoutMillis < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            long leftMillis = timeoutMillis < 0 ? TICK_MILLIS : (deadline - System.nanoTime() + 999_999) / 1_000_000L;
            if (leftMillis <= 0) {
                return 0;
            }
            epoll.await((int) Math.min(TICK_MILLIS, leftMillis));
            n = consumer.drain(handler, maxRecords);
            if (n > 0) {
                return n;
            }
        }
    }

    public long pendingBytes() {
        return consumer.pendingBytes();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            epoll.close();
        } finally {
            unmap(consumerPage);
            unmap(producerArea);
            arena.close();
        }
    }

    @SuppressWarnings("restricted")
    private static MemorySegment mmap(MemorySegment errno, long length, int prot, int fd, long offset) {
        MemorySegment addr;
        try {
            addr = (MemorySegment) Libc.MMAP.invokeExact(errno, MemorySegment.NULL, length, prot, Libc.MAP_SHARED, fd,
                    offset);
        } catch (Throwable t) {
            throw new IllegalStateException("mmap", t);
        }
        if (addr.address() == -1L) { // MAP_FAILED
            throw new IllegalStateException("mmap of ring buffer fd " + fd + " (offset " + offset + ", " + length
                    + " bytes): " + NativeCall.describe(NativeCall.errno(errno)));
        }
        return addr.reinterpret(length);
    }

    private static void unmap(MemorySegment segment) {
        if (segment.equals(MemorySegment.NULL)) {
            return;
        }
        try {
            int rc = (int) Libc.MUNMAP.invokeExact(segment, segment.byteSize());
            if (rc < 0) {
                throw new IllegalStateException("munmap failed");
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("munmap", t);
        }
    }
}
