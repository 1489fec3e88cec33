package dev.peregrine.bench.correlation;

import org.jctools.queues.atomic.SpscAtomicArrayQueue;

/**
 * The baseline: the same event objects handed from one thread to another through a JCTools SPSC array queue (the atomic, Unsafe-free variant, as the agent uses) (no
 * encoding, no shared file: what an in-process consumer of the agent's events could do at best), the consumer
 * reading the same fields as the ring's. Its capacity holds as many events as the ring holds records.
 */
final class QueuePipe implements Pipe {

    private final SampleEvents events;
    private final SpscAtomicArrayQueue<JvmOpSample> queue;
    private volatile long producerRetries;
    private long fullRetries;

    QueuePipe(SampleEvents events, int capacity) {
        this.events = events;
        this.queue = new SpscAtomicArrayQueue<>(capacity);
    }

    @Override
    public String name() {
        return "baseline: JCTools SpscAtomicArrayQueue of the same event objects";
    }

    @Override
    public long run(long count) throws Exception {
        Thread producer = new Thread(() -> produce(count), "queue-producer");
        long start = System.nanoTime();
        producer.start();
        long sum = 0;
        int misses = 0;
        for (long n = 0; n < count; ) {
            JvmOpSample e = queue.relaxedPoll();
            if (e != null) {
                n++;
                misses = 0;
                sum += e.digest();
            } else {
                Backoff.idle(misses++);
            }
        }
        long elapsed = System.nanoTime() - start;
        producer.join();
        fullRetries += producerRetries;
        Checksum.verify(name(), events, count, sum);
        return elapsed;
    }

    private void produce(long count) {
        long retries = 0;
        for (long i = 0; i < count; i++) {
            JvmOpSample e = events.events[(int) (i % SampleEvents.SIZE)];
            for (int attempt = 0; !queue.relaxedOffer(e); attempt++) {
                retries++;
                Backoff.idle(attempt);
            }
        }
        producerRetries = retries;
    }

    @Override
    public long fullRetries() {
        return fullRetries;
    }
}
