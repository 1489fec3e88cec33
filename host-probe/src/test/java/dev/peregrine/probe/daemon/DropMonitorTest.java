package dev.peregrine.probe.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.rules.Priority;
import dev.peregrine.engine.sink.AlertSink;
import dev.peregrine.probe.kernel.SyscallNumbers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The drop policy with injected counters: threshold, rate limit, alert content, exit. */
class DropMonitorTest {

    private static final long S = 1_000_000_000L;
    private final List<Alert> alerts = new ArrayList<>();
    private final AlertSink sink = alerts::add;
    private final long[] drops = new long[SyscallNumbers.SLOTS];

    private DropMonitor monitor(DropPolicy policy, Priority minimum) {
        return new DropMonitor(policy, minimum, sink, "host1", 0);
    }

    @Test
    void dropsAboveTheThresholdRaiseTheInternalAlert() {
        DropMonitor m = monitor(DropPolicy.DEFAULTS, Priority.DEBUG);
        drops[SyscallNumbers.OPENAT] = 300;
        drops[SyscallNumbers.EXECVE] = 2;
        assertFalse(m.check(S, 1234, 698, drops, 0));
        assertEquals(1, alerts.size());
        Alert a = alerts.get(0);
        assertEquals(DropMonitor.RULE, a.rule());
        assertEquals(Priority.DEBUG, a.priority());
        assertEquals("syscall", a.source());
        assertEquals("host1", a.hostname());
        assertEquals(1234, a.timeNanos());
        assertEquals(1000L, a.outputFields().get("n_evts"));
        assertEquals(302L, a.outputFields().get("n_drops"));
        assertEquals(302L, a.outputFields().get("n_drops_buffer_total"));
        assertEquals(300L, a.outputFields().get("n_drops_buffer_openat"));
        assertEquals(2L, a.outputFields().get("n_drops_buffer_execve"));
        assertEquals(30.2, (Double) a.outputFields().get("n_drops_pct"), 1e-9);
        assertTrue(a.output().startsWith(DropMonitor.RULE + ". 302 system calls dropped in last 1.0 s"), a.output());
    }

    @Test
    void onlyTheIntervalsDeltaCountsAgainstTheThreshold() {
        DropMonitor m = monitor(DropPolicy.DEFAULTS.withRate(1000, 100), Priority.DEBUG);
        drops[SyscallNumbers.OPENAT] = 50;
        m.check(S, 0, 50, drops, 0); // 50% dropped: alert
        drops[SyscallNumbers.OPENAT] = 55; // 5 more out of 1000 events: 0.5%, under 10%
        m.check(2 * S, 0, 1045, drops, 0);
        assertEquals(1, alerts.size());
        drops[SyscallNumbers.OPENAT] = 555; // 500 of 1000
        m.check(3 * S, 0, 1545, drops, 0);
        assertEquals(2, alerts.size());
        assertEquals(500L, alerts.get(1).outputFields().get("n_drops_buffer_openat"));
    }

    @Test
    void theTokenBucketLimitsAlertsButNotCounting() {
        DropMonitor m = monitor(DropPolicy.DEFAULTS.withThreshold(0).withRate(0.5, 1), Priority.DEBUG);
        for (int second = 1; second <= 6; second++) {
            drops[SyscallNumbers.OPENAT] += 10;
            m.check(second * S, 0, second * 100L, drops, 0);
        }
        // full bucket at 0 s, then one token per 2 s: alerts at 1, 3, 5 s
        assertEquals(3, alerts.size());
        assertEquals(10L, alerts.get(1).outputFields().get("n_drops_buffer_openat"), "each alert reports its interval");
    }

    @Test
    void noDropsOrIgnoreOrLowPriorityMeanNoAlert() {
        DropMonitor quiet = monitor(DropPolicy.DEFAULTS, Priority.DEBUG);
        assertFalse(quiet.check(S, 0, 1000, drops, 0));
        drops[SyscallNumbers.OPENAT] = 500;
        DropMonitor ignoring = monitor(new DropPolicy(0, Set.of(DropAction.IGNORE), 1, 1, Priority.DEBUG),
                Priority.DEBUG);
        assertFalse(ignoring.check(S, 0, 500, drops, 0));
        DropMonitor belowMinimum = monitor(DropPolicy.DEFAULTS, Priority.WARNING);
        assertFalse(belowMinimum.check(S, 0, 500, drops, 0));
        assertTrue(alerts.isEmpty());
        DropMonitor warning = monitor(new DropPolicy(0, EnumSet.of(DropAction.ALERT), 1, 1, Priority.WARNING),
                Priority.WARNING);
        warning.check(S, 0, 500, drops, 0);
        assertEquals(Priority.WARNING, alerts.get(0).priority());
    }

    @Test
    void malformedRecordsCountAsLost() {
        DropMonitor m = monitor(DropPolicy.DEFAULTS.withThreshold(0), Priority.DEBUG);
        m.check(S, 0, 100, drops, 3);
        assertEquals(3L, alerts.get(0).outputFields().get("n_drops_malformed"));
        assertEquals(3L, alerts.get(0).outputFields().get("n_drops"));
    }

    @Test
    void exitActionAsksToStop() {
        DropMonitor m = monitor(new DropPolicy(0.5, Set.of(DropAction.EXIT), 1, 1, Priority.DEBUG), Priority.DEBUG);
        drops[SyscallNumbers.OPENAT] = 10;
        assertFalse(m.check(S, 0, 90, drops, 0), "10% is under the 50% threshold");
        drops[SyscallNumbers.OPENAT] = 100;
        assertTrue(m.check(2 * S, 0, 100, drops, 0));
        assertTrue(alerts.isEmpty());
    }
}
