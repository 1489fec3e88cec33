package dev.peregrine.agent.pipeline;

import dev.peregrine.agent.AgentLog;
import dev.peregrine.agent.bridge.ReentryGuard;
import dev.peregrine.agent.capture.CapturedEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The single consumer: a daemon thread that builds the sinks, then drains the {@link EventQueue} into them. It holds
 * the re-entry guard for its whole life, so the files it writes and the classes it loads never become events. A sink that throws
 * is counted (reported once) and the next event goes on; when the queue is empty the thread flushes the sinks and
 * backs off up to {@link #MAX_IDLE_NANOS}. At shutdown it drains what is left, within the time it is given.
 */
public final class Consumer implements Runnable {

    private static final long MAX_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final EventQueue queue;
    private final Supplier<List<EventSink>> sinkFactory;
    /** Built by this thread when it starts, used by it only. */
    private List<EventSink> sinks = List.of();
    private final Thread thread;
    private volatile boolean stopping;
    private long processed;

    public Consumer(EventQueue queue, List<EventSink> sinks) {
        this(queue, () -> sinks);
    }

    /** {@code sinkFactory} runs on the consumer thread, first thing: events wait in the queue meanwhile. */
    public Consumer(EventQueue queue, Supplier<List<EventSink>> sinkFactory) {
        this.queue = queue;
        this.sinkFactory = sinkFactory;
        this.thread = new Thread(this, "peregrine-consumer");
        thread.setDaemon(true);
        thread.setContextClassLoader(null);
    }

    public void start() {
        thread.start();
    }

    /** Asks the thread to drain and close the sinks; waits at most {@code millis}. */
    public void stop(long millis) throws InterruptedException {
        stopping = true;
        LockSupport.unpark(thread);
        thread.join(millis);
    }

    @Override
    public void run() {
        ReentryGuard.current().enter();
        try {
            sinks = List.copyOf(sinkFactory.get());
        } catch (Throwable t) {
            AgentLog.failure("starting the sinks", t);
        }
        long idle = 0;
        boolean dirty = false;
        while (true) {
            CapturedEvent e = queue.poll();
            if (e != null) {
                deliver(e);
                dirty = true;
                idle = 0;
                continue;
            }
            if (dirty) {
                flush();
                dirty = false;
            }
            if (stopping && queue.isEmpty()) {
                break;
            }
            idle = Math.min(MAX_IDLE_NANOS, idle == 0 ? 50_000 : idle * 2);
            LockSupport.parkNanos(idle);
        }
        for (EventSink sink : sinks) {
            try {
                sink.close();
            } catch (Throwable t) {
                AgentLog.failure("closing " + sink, t);
            }
        }
    }

    public long processed() {
        return processed;
    }

    private void deliver(CapturedEvent e) {
        processed++;
        try {
            e.materializeStack();
        } catch (Throwable t) {
            AgentLog.failure("formatting a stack", t);
        }
        for (int i = 0; i < sinks.size(); i++) {
            try {
                sinks.get(i).accept(e);
            } catch (Throwable t) {
                AgentLog.failure("sink " + sinks.get(i), t);
            }
        }
    }

    private void flush() {
        for (int i = 0; i < sinks.size(); i++) {
            try {
                sinks.get(i).flush();
            } catch (Throwable t) {
                AgentLog.failure("flushing " + sinks.get(i), t);
            }
        }
    }
}
