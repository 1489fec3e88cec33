package dev.peregrine.bench.probe;

import dev.peregrine.probe.kernel.KernelProbe;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The one thread that drains the ring while a benchmark runs, as the daemon's consumer does: poll (waiting up to
 * 20 ms), finish the batch, repeat. The event count is published once per poll, not per record, so counting adds no
 * cross-thread traffic to the hot path.
 */
final class ConsumerThread implements AutoCloseable {

    private final KernelProbe probe;
    private final EventSink sink;
    private final Thread thread;
    private final AtomicLong published = new AtomicLong();
    private volatile boolean stop;
    private volatile Throwable failure;

    ConsumerThread(KernelProbe probe, EventSink sink) {
        this.probe = probe;
        this.sink = sink;
        this.thread = new Thread(this::loop, "probe-bench-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (!stop) {
                probe.poll(sink, 20);
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
