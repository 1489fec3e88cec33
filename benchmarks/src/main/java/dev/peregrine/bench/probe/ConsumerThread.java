package dev.peregrine.bench.probe;

import dev.peregrine.probe.kernel.KernelProbe;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The one thread that drains the ring while a benchmark runs. Two strategies:
 * <ul>
 *   <li>{@link Strategy#WAKEUP}, as the daemon does: poll, waiting in epoll when the ring is empty. Whenever the
 *       consumer has caught up, the kernel wakes it for the next record (kernel/bpf/ringbuf.c: bpf_ringbuf_commit
 *       queues irq_work when {@code consumer_pos == the record's position}), so a trickle of events costs one wakeup
 *       each, paid by the traced task.</li>
 *   <li>{@link Strategy#BATCHED}: drain without waiting, then sleep 1 ms, always. The consumer is behind whenever a
 *       record arrives except the first after each drain, so the kernel queues at most one wakeup per millisecond
 *       (the ring must hold 1 ms of events: 8 MiB is ~39,000 records).</li>
 * </ul>
 * The event count is published once per poll, not per record, so counting adds no cross-thread traffic.
 */
final class ConsumerThread implements AutoCloseable {

    enum Strategy { WAKEUP, BATCHED }

    private static final long BATCH_PARK_NANOS = 1_000_000;

    private final KernelProbe probe;
    private final EventSink sink;
    private final Strategy strategy;
    private final Thread thread;
    private final AtomicLong published = new AtomicLong();
    private volatile boolean stop;
    private volatile Throwable failure;

    ConsumerThread(KernelProbe probe, EventSink sink, Strategy strategy) {
        this.probe = probe;
        this.sink = sink;
        this.strategy = strategy;
        this.thread = new Thread(this::loop, "probe-bench-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (!stop) {
                if (strategy == Strategy.WAKEUP) {
                    probe.poll(sink, 20);
                } else {
                    probe.poll(sink, 0);
                    LockSupport.parkNanos(BATCH_PARK_NANOS);
                }
                sink.endOfBatch();
                published.lazySet(sink.events());
            }
            // What was queued before the stop is still consumed (bounded: producers keep going meanwhile).
            for (int i = 0; i < 1000 && probe.poll(sink, 0) > 0; i++) {
                sink.endOfBatch();
            }
            published.set(sink.events());
        } catch (Throwable t) {
            failure = t;
        }
    }

    /** Events consumed so far (as of the last completed poll). */
    long events() {
        return published.get();
    }

    /** Stops, drains what is pending, and joins; rethrows what the consumer failed with. */
    @Override
    public void close() {
        stop = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw new IllegalStateException("consumer failed", failure);
        }
    }
}
