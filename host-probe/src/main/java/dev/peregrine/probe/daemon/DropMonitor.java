package dev.peregrine.probe.daemon;

import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.rules.Priority;
import dev.peregrine.engine.sink.AlertSink;
import dev.peregrine.probe.kernel.SyscallNumbers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Falco's {@code syscall_event_drops} (userspace/falco/event_drops.cpp): once per check interval the daemon hands in
 * its cumulative counters; if the interval's drops exceed the threshold, the policy's actions run. Log and alert
 * messages share one token bucket, so a ring that keeps overflowing cannot flood the outputs; the drops themselves
 * are never hidden, since the periodic metrics line and the final summary always count them.
 */
final class DropMonitor {

    static final String RULE = "Peregrine internal: syscall event drop";
    private static final Logger LOG = LoggerFactory.getLogger(Daemon.LOGGER);

    private final DropPolicy policy;
    private final Priority minimumPriority;
    private final TokenBucket bucket;
    private final AlertSink sink;
    private final String hostname;
    private final long[] lastDrops = new long[SyscallNumbers.SLOTS];
    private long lastEvents;
    private long lastMalformed;
    private long lastCheckNanos;

    DropMonitor(DropPolicy policy, Priority minimumPriority, AlertSink sink, String hostname, long nowNanos) {
        this.policy = policy;
        this.minimumPriority = minimumPriority;
        this.bucket = new TokenBucket(policy.rate(), policy.maxBurst(), nowNanos);
        this.sink = sink;
        this.hostname = hostname;
        this.lastCheckNanos = nowNanos;
    }

    /**
     * Compares cumulative counters with the previous call's and acts on the difference.
     *
     * @param nowNanos   monotonic time, for the rate limit
     * @param wallNanos  epoch time, for the alert
     * @param events     events received so far
     * @param dropsPerSlot records the kernel could not queue so far, per slot
     * @param malformed  records received but unreadable so far
     * @return true when the policy's {@code exit} action fired: the daemon must stop with an error
     */
    boolean check(long nowNanos, long wallNanos, long events, long[] dropsPerSlot, long malformed) {
        Map<String, Object> perType = new LinkedHashMap<>();
        long drops = 0;
        for (int slot = 0; slot < lastDrops.length && slot < dropsPerSlot.length; slot++) {
            long delta = dropsPerSlot[slot] - lastDrops[slot];
            if (delta > 0) {
                perType.put("n_drops_buffer_" + SyscallNumbers.name(slot), delta);
                drops += delta;
            }
            lastDrops[slot] = dropsPerSlot[slot];
        }
        long badRecords = malformed - lastMalformed;
        long received = events - lastEvents;
        double seconds = Math.max(1, nowNanos - lastCheckNanos) / 1e9;
        lastMalformed = malformed;
        lastEvents = events;
        lastCheckNanos = nowNanos;
        long lost = drops + badRecords;
        if (lost <= 0) {
            return false;
        }
        double ratio = (double) lost / (received + drops);
        if (ratio <= policy.threshold() || policy.actions().isEmpty() || policy.has(DropAction.IGNORE)) {
            return false;
        }
        String message = String.format(Locale.ROOT, "%s. %d system calls dropped in last %.1f s (%.2f%% of %d).",
                RULE, lost, seconds, ratio * 100, received + drops);
        if ((policy.has(DropAction.LOG) || policy.has(DropAction.ALERT)) && bucket.claim(nowNanos)) {
            if (policy.has(DropAction.LOG)) {
                LOG.warn("{} Per type: {}", message, perType);
            }
            if (policy.has(DropAction.ALERT) && policy.priority().atLeast(minimumPriority)) {
                sink.accept(alert(wallNanos, message, received + drops, drops, badRecords, ratio, perType));
            }
        }
        if (policy.has(DropAction.EXIT)) {
            LOG.error("{} syscall_event_drops.actions includes 'exit': stopping.", message);
            return true;
        }
        return false;
    }

    private Alert alert(long wallNanos, String message, long seen, long drops, long malformed, double ratio,
                        Map<String, Object> perType) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("n_evts", seen);
        fields.put("n_drops", drops + malformed);
        fields.put("n_drops_buffer_total", drops);
        fields.put("n_drops_malformed", malformed);
        fields.put("n_drops_pct", ratio * 100);
        fields.putAll(perType);
        return new Alert(wallNanos, RULE, policy.priority(), Sources.SYSCALL, hostname, message, fields, List.of());
    }
}
