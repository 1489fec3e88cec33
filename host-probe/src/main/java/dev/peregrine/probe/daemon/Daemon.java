package dev.peregrine.probe.daemon;

import dev.peregrine.engine.Engine;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.jvm.JvmFieldBinder;
import dev.peregrine.engine.sink.AlertSink;
import dev.peregrine.probe.correlate.CorrelatedFields;
import dev.peregrine.probe.correlate.Correlator;
import dev.peregrine.probe.fields.KernelRecordData;
import dev.peregrine.probe.fields.SyscallFieldBinder;
import dev.peregrine.probe.fields.SyscallEvents;
import dev.peregrine.probe.kernel.DropCounts;
import dev.peregrine.probe.kernel.KernelProbe;
import dev.peregrine.probe.kernel.ProbeConfig;
import dev.peregrine.probe.kernel.SyscallHandler;
import dev.peregrine.probe.kernel.SyscallNumbers;
import dev.peregrine.probe.kernel.SyscallRecord;
import dev.peregrine.probe.state.HostState;

import java.io.IOException;
import java.io.Writer;
import java.net.InetAddress;
import java.util.BitSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host daemon: kernel probe → host state → engine → alert channels, on one consumer thread, which also drains
 * the JVM agents' rings between two kernel polls ({@link JvmFeed}).
 *
 * <p>{@link #start} does everything that can fail (rules, outputs, probe) before anything runs, so a bad rule or a
 * machine without BPF ends the program with one clear error. {@link #run} then polls the ring until
 * {@link #requestStop}. Other threads (signal handlers) only set flags: a reload, a metrics line and the stop are
 * all carried out by the consumer thread between two polls, so evaluation never races a reload, and since the
 * programs stay attached meanwhile, the kernel keeps queueing events that the next poll delivers.
 */
public final class Daemon {

    /** Logger of the daemon's own messages (reloads, drops, errors). */
    public static final String LOGGER = "peregrine.daemon";
    /** Logger of the periodic metrics line. */
    public static final String METRICS_LOGGER = "peregrine.metrics";
    /** run()'s status when {@code syscall_event_drops.actions} includes {@code exit} and drops crossed the threshold. */
    public static final int EXIT_DROPS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final Logger METRICS = LoggerFactory.getLogger(METRICS_LOGGER);
    private static final int POLL_MILLIS = 100;
    /** With JVM rings attached, their records (polled between kernel polls) wait at most this long. */
    private static final int JVM_POLL_MILLIS = 10;
    /** While kernel events are held, the JVM rings are looked at this often. */
    private static final int HOLD_POLL_MILLIS = 1;
    /** Most kernel events held at once for the join; beyond, the oldest goes unjoined (counted). */
    static final int MAX_HELD = 8192;
    /** Records per poll before the consumer looks at its flags and timers again (~10-100 ms of work). */
    static final int MAX_BATCH = 4096;
    private static final long DROP_CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DaemonConfig config;
    private final LiveRules rules;
    private final KernelProbe probe;
    private final CountingSink alerts;
    private final SyscallEvents events;
    private final EventStats stats;
    private final DropMonitor drops;
    private final KernelRecordData view = new KernelRecordData();
    private final SyscallHandler handler = this::onRecord;
    private final Engine engine;
    private final JvmFeed jvm;
    private final Correlator correlator;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private volatile boolean reloadRequested;
    private volatile boolean metricsRequested;
    private volatile long reloads;
    private volatile long failedReloads;
    private long evaluationErrors;
    private long lastDropTotal;
    private boolean closed;

    private Daemon(DaemonConfig config, LiveRules rules, KernelProbe probe, AlertSink channels, HostState state,
                   String hostname) {
        long now = System.nanoTime();
        this.config = config;
        this.rules = rules;
        this.engine = rules.engine();
        this.probe = probe;
        this.alerts = new CountingSink(channels);
        this.events = new SyscallEvents(state);
        this.stats = new EventStats(now);
        this.drops = new DropMonitor(config.drops(), config.minimumPriority(), alerts, hostname, now);
        this.jvm = JvmFeed.open(config.jvmRingsDir(), state, engine, this.alerts);
        this.correlator = jvm == null || config.jvmHold().isZero() ? null
                : new Correlator(config.jvmHold().toNanos(), MAX_HELD, events, new HeldEvaluator());
        if (correlator != null) {
            jvm.correlateWith(correlator);
            LOG.info("joining kernel and JVM events (hold window {} ms)", config.jvmHold().toMillis());
        }
    }

    /**
     * Loads the rules, opens the alert channels, seeds the process table from /proc and attaches the probe.
     *
     * @param stdout where JSON alert lines go when the configuration asks for them on stdout (not closed)
     * @throws RulesException naming every problem of the rules
     * @throws IOException    a rules file or the output file cannot be used (the message says which and why)
     * @throws dev.peregrine.probe.bpf.BpfUnavailableException this machine cannot run the probe (the message says why)
     */
    public static Daemon start(DaemonConfig config, RulesSource source, Writer stdout)
            throws IOException, RulesException {
        String hostname = hostname();
        LiveRules rules = LiveRules.load(config, source,
                new SyscallFieldBinder(System.currentTimeMillis() * 1_000_000L, hostname,
                        new CorrelatedFields(new JvmFieldBinder())), hostname);
        BitSet wanted = rules.wanted();
        AlertSink channels = AlertChannels.open(config, stdout);
        try {
            HostState state = HostState.system();
            int processes = state.seed();
            KernelProbe probe = KernelProbe.open(new ProbeConfig(config.ringBytes(), wanted,
                    (int) ProcessHandle.current().pid()));
            LOG.info("probe attached: {} processes known, ring {} KiB, capturing {}", processes,
                    config.ringBytes() / 1024, WantedSyscalls.describe(wanted));
            return new Daemon(config, rules, probe, channels, state, hostname);
        } catch (RuntimeException | Error e) {
            channels.close();
            throw e;
        }
    }

    /**
     * Consumes events until {@link #requestStop}, then detaches and releases everything.
     *
     * @return 0 after a requested stop, {@link #EXIT_DROPS} when the drop policy stopped it
     */
    public int run() {
        int status = 0;
        long now = System.nanoTime();
        long nextDropCheck = now + DROP_CHECK_NANOS;
        long metricsNanos = config.metricsInterval().toNanos();
        long nextMetrics = now + metricsNanos;
        try {
            while (!stopRequested) {
                if (reloadRequested) {
                    reloadRequested = false;
                    reload();
                }
                long pollStart = System.nanoTime();
                int polled = pollBatch(pollTimeoutMillis(pollStart));
                events.finish();
                if (correlator != null) {
                    correlator.kernelPolled(pollStart, polled < MAX_BATCH);
                }
                if (jvm != null) {
                    jvm.poll();
                }
                now = System.nanoTime();
                if (correlator != null) {
                    correlator.expire();
                }
                if (now >= nextDropCheck) {
                    nextDropCheck = now + DROP_CHECK_NANOS;
                    if (checkDrops(now)) {
                        status = EXIT_DROPS;
                        break;
                    }
                }
                if (metricsRequested || metricsNanos > 0 && now >= nextMetrics) {
                    metricsRequested = false;
                    nextMetrics = now + metricsNanos;
                    METRICS.info("{}{}", stats.line(now, lastDropTotal, alerts.count()),
                            correlator == null ? "" : " jvm_join: " + correlator.stats());
                }
            }
            drainPending();
            if (jvm != null) {
                if (correlator != null) {
                    correlator.kernelPolled(System.nanoTime(), true);
                }
                jvm.poll();
            }
            if (correlator != null) {
                correlator.flush();
            }
        } finally {
            close();
            finished.countDown();
        }
        return status;
    }

    /** Ask the consumer to stop; it does within one poll interval (0.1 s). Any thread. */
    public void requestStop() {
        stopRequested = true;
    }

    /** Ask the consumer to reload the rules between two polls. Any thread (a SIGHUP handler). */
    public void requestReload() {
        reloadRequested = true;
    }

    /** Ask for a metrics line now (SIGUSR1). Any thread. */
    public void requestMetrics() {
        metricsRequested = true;
    }

    /** Waits until {@link #run} has returned and everything is released. */
    public boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    /** Successful reloads so far. */
    public long reloads() {
        return reloads;
    }

    /** Reloads that failed (the previous rules stayed). */
    public long failedReloads() {
        return failedReloads;
    }

    private void onRecord(SyscallRecord record) {
        stats.count(record.syscall());
        try {
            if (correlator != null && correlator.offer(record, System.nanoTime())) {
                return; // held: evaluated when its JVM call arrives or its hold window ends
            }
            engine.evaluate(events.next(view.wrap(record)), alerts);
        } catch (RuntimeException e) {
            // One event that trips a bug must not stop the watch: count it, log the first and every 1000th.
            if (evaluationErrors++ % 1000 == 0) {
                LOG.error("evaluating {} failed ({} such errors so far)", record, evaluationErrors, e);
            }
        }
    }

    /**
     * How long the kernel poll may wait: not at all while a JVM record waits for the kernel side, 1 ms while kernel
     * events are held (their JVM calls arrive through the rings, which are read between two kernel polls), and never
     * past the next hold deadline, so a held event is released on time even when nothing else happens.
     */
    private int pollTimeoutMillis(long now) {
        if (jvm == null) {
            return POLL_MILLIS;
        }
        if (jvm.waiting()) {
            return 0;
        }
        if (correlator != null && correlator.held() > 0) {
            long left = (correlator.nextDeadline() - now + 999_999) / 1_000_000;
            return (int) Math.max(0, Math.min(HOLD_POLL_MILLIS, left));
        }
        return jvm.rings() > 0 ? JVM_POLL_MILLIS : POLL_MILLIS;
    }

    /** Evaluates the events the correlator releases, as {@link #onRecord} does, and tells it the alert count. */
    private final class HeldEvaluator implements Correlator.Evaluator {
        @Override
        public void evaluate(Event event) {
            try {
                engine.evaluate(event, alerts);
            } catch (RuntimeException e) {
                if (evaluationErrors++ % 1000 == 0) {
                    LOG.error("evaluating held {} failed ({} such errors so far)", event.type(), evaluationErrors, e);
                }
            }
        }

        @Override
        public long alerts() {
            return alerts.count();
        }
    }

    /** One poll of at most {@link #MAX_BATCH} records, so stop, reload and the drop checks run under load too. */
    private int pollBatch(int timeoutMillis) {
        return probe.poll(handler, timeoutMillis, MAX_BATCH);
    }

    private void reload() {
        if (rules.reload()) {
            BitSet wanted = rules.wanted();
            probe.setWanted(wanted);
            LOG.info("capturing {}", WantedSyscalls.describe(wanted));
            reloads++;
        } else {
            failedReloads++;
        }
    }

    private boolean checkDrops(long now) {
        DropCounts counts = probe.dropCounts();
        long[] perSlot = new long[SyscallNumbers.SLOTS];
        for (int i = 0; i < perSlot.length; i++) {
            perSlot[i] = counts.forSlot(i);
        }
        lastDropTotal = counts.total();
        return drops.check(now, System.currentTimeMillis() * 1_000_000L, stats.events(), perSlot, counts.malformed());
    }

    /** What the kernel queued before the stop still gets evaluated; bounded, as the ring keeps filling. */
    private void drainPending() {
        for (int i = 0; i < 64 && pollBatch(0) > 0; i++) {
            events.finish();
        }
        events.finish();
    }

    private void close() {
        if (closed) {
            return;
        }
        closed = true;
        long dropped = probe.dropCounts().total();
        try {
            if (jvm != null) {
                jvm.close();
            }
            probe.close();
        } finally {
            alerts.close();
        }
        LOG.info("stopped: probe detached; {} events, {} alerts, {} dropped, {} evaluation errors{}", stats.events(),
                alerts.count(), dropped, evaluationErrors, correlator == null ? "" : "; jvm join: " + correlator.stats());
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
