package dev.peregrine.probe.daemon;

import dev.peregrine.engine.Engine;
import dev.peregrine.engine.transport.RecordView;
import dev.peregrine.probe.correlate.Correlator;
import dev.peregrine.probe.jvm.JvmEventHandler;
import dev.peregrine.probe.jvm.JvmRecordEvent;
import dev.peregrine.probe.jvm.JvmRings;
import dev.peregrine.probe.jvm.RingDirectory;
import dev.peregrine.probe.state.HostState;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM half of the daemon's input: the agents' rings, drained on the consumer thread between two kernel polls
 * and evaluated by the same engine as {@code source: jvm} events. Everything here is optional: a ring directory
 * that cannot be used, a ring that misbehaves or an event that trips a bug is logged and the kernel side goes on;
 * a failure here never stops the daemon.
 *
 * <p>With a {@link Correlator}, each record first goes to the join: it may be made to wait (left in its ring) until
 * the kernel side has caught up with it, it evaluates the kernel events it explains, and it is evaluated on its own;
 * when those already raised an alert, only its own alerts more severe than theirs pass (one operation, one alert,
 * the most telling one).
 */
final class JvmFeed implements JvmEventHandler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Daemon.LOGGER);
    /** Events taken from one ring per poll: a busy JVM cannot starve the kernel ring or the other JVMs. */
    static final int MAX_PER_RING = 1024;

    private final JvmRings rings;
    private final JvmRecordEvent event;
    private final Engine engine;
    private final CountingSink alerts;
    private final SeverityGate moreSevere;
    private Correlator correlator;
    private long events;
    private long errors;

    private JvmFeed(JvmRings rings, JvmRecordEvent event, Engine engine, CountingSink alerts) {
        this.rings = rings;
        this.event = event;
        this.engine = engine;
        this.alerts = alerts;
        this.moreSevere = new SeverityGate(alerts);
    }

    /** Watches {@code dir} (created root-owned 1777 if missing); null, after saying why, when it cannot. */
    static JvmFeed open(Path dir, HostState state, Engine engine, CountingSink alerts) {
        if (dir == null) {
            LOG.info("JVM rings disabled (jvm_rings.enabled: false)");
            return null;
        }
        try {
            RingDirectory.ensure(dir);
            JvmRings rings = JvmRings.watch(dir);
            LOG.info("watching {} for JVM rings ({} attached)", dir, rings.size());
            return new JvmFeed(rings, new JvmRecordEvent(state, JvmRecordEvent.epochOffsetNow()), engine, alerts);
        } catch (IOException | RuntimeException e) {
            LOG.error("JVM rings unavailable, source jvm rules will see nothing: {}", e.getMessage());
            return null;
        }
    }

    /** Joins the records with the kernel events from now on (null: no join). */
    void correlateWith(Correlator c) {
        correlator = c;
        if (c != null) {
            c.watchThreads(rings::threadSeen);
        }
    }

    /** The last poll left a record waiting for the kernel side: poll the kernel again without blocking. */
    boolean waiting() {
        return rings.waiting();
    }

    /** Rings attached now. */
    int rings() {
        return rings.size();
    }

    /** Drains every ring, at most {@link #MAX_PER_RING} events each; returns how many were handled. */
    int poll() {
        try {
            return rings.poll(this, MAX_PER_RING);
        } catch (RuntimeException | InternalError e) {
            // A failure of the ring machinery itself (not of one ring, which JvmRings forgets on its own).
            if (errors++ % 1000 == 0) {
                LOG.error("polling JVM rings failed ({} such errors so far)", errors, e);
            }
            return 0;
        }
    }

    @Override
    public boolean offer(long pid, RecordView view) {
        if (correlator == null) {
            onEvent(pid, view);
            return true;
        }
        try {
            alerts.markSeverity();
            Correlator.Outcome outcome = correlator.onJvmRecord(pid, view, event.set(pid, view), System.nanoTime());
            if (outcome == Correlator.Outcome.WAIT) {
                return false;
            }
            events++;
            if (outcome == Correlator.Outcome.EVALUATE) {
                engine.evaluate(event, alerts);
            } else if (outcome == Correlator.Outcome.ALERTED) {
                engine.evaluate(event, moreSevere.above(alerts.mostSevereSinceMark()));
            }
        } catch (RuntimeException e) {
            if (errors++ % 1000 == 0) {
                LOG.error("evaluating a JVM event of pid {} failed ({} such errors so far)", pid, errors, e);
            }
        }
        return true;
    }

    @Override
    public void attached(long pid) {
        if (correlator != null) {
            correlator.ringAttached(pid);
        }
    }

    @Override
    public void detached(long pid) {
        if (correlator != null) {
            correlator.ringDetached(pid);
        }
    }

    @Override
    public void onEvent(long pid, RecordView view) {
        events++;
        try {
            engine.evaluate(event.set(pid, view), alerts);
        } catch (RuntimeException e) {
            if (errors++ % 1000 == 0) {
                LOG.error("evaluating a JVM event of pid {} failed ({} such errors so far)", pid, errors, e);
            }
        }
    }

    long events() {
        return events;
    }

    @Override
    public void close() {
        try {
            rings.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("closing the JVM rings: {}", e.toString());
        }
        LOG.info("JVM rings closed: {} events, {} errors", events, errors);
    }
}
