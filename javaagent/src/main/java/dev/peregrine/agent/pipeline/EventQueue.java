package dev.peregrine.agent.pipeline;

import dev.peregrine.agent.capture.CapturedEvent;
import java.util.concurrent.atomic.AtomicLong;
import org.jctools.queues.atomic.MpscAtomicArrayQueue;

/**
 * The only hand-off between application threads and the agent's consumer thread: a bounded multi-producer,
 * single-consumer array queue (JCTools' VarHandle/atomic-field variant: no {@code sun.misc.Unsafe}, so no warnings
 * on JDK 24+). {@link #offer} never blocks and never throws: when the queue is full the event is dropped and
 * counted. The dropped count is the one number to watch when sizing {@code queue.capacity}.
 */
public final class EventQueue {

    private final MpscAtomicArrayQueue<CapturedEvent> queue;
    private final AtomicLong dropped = new AtomicLong();

    public EventQueue(int capacity) {
        this.queue = new MpscAtomicArrayQueue<>(Math.max(2, capacity));
    }

    public void offer(CapturedEvent e) {
        if (!queue.offer(e)) {
            dropped.incrementAndGet();
        }
    }

    /** Next event, or null when empty. Consumer thread only. */
    public CapturedEvent poll() {
        return queue.relaxedPoll();
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    public long dropped() {
        return dropped.get();
    }
}
