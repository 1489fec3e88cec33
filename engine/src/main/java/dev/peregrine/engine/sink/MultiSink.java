package dev.peregrine.engine.sink;

import dev.peregrine.engine.output.Alert;

import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans each alert out to several sinks. One sink failing (a full disk, a dead webhook) must not cost the others
 * their alert: each failure is counted per sink and logged (the first, then every 1000th, so a broken channel
 * cannot flood the log), and delivery goes on.
 */
public final class MultiSink implements AlertSink {

    private static final Logger LOG = LoggerFactory.getLogger(MultiSink.class);
    private static final long LOG_EVERY = 1000;

    private final AlertSink[] sinks;
    private final AtomicLongArray failures;

    public MultiSink(List<? extends AlertSink> sinks) {
        this.sinks = sinks.toArray(new AlertSink[0]);
        this.failures = new AtomicLongArray(this.sinks.length);
    }

    @Override
    public void accept(Alert alert) {
        for (int i = 0; i < sinks.length; i++) {
            try {
                sinks[i].accept(alert);
            } catch (RuntimeException e) {
                long n = failures.incrementAndGet(i);
                if (n == 1 || n % LOG_EVERY == 0) {
                    LOG.warn("alert sink {} failed ({} failures so far)", sinks[i], n, e);
                }
            }
        }
    }

    /** How many alerts the sink at {@code index} (in constructor order) failed to take. */
    public long failures(int index) {
        return failures.get(index);
    }

    /** Failures over all sinks. */
    public long failures() {
        long total = 0;
        for (int i = 0; i < sinks.length; i++) {
            total += failures.get(i);
        }
        return total;
    }

    /** Closes every sink, even when some fail to close. */
    @Override
    public void close() {
        for (AlertSink sink : sinks) {
            try {
                sink.close();
            } catch (RuntimeException e) {
                LOG.warn("alert sink {} failed to close", sink, e);
            }
        }
    }
}
