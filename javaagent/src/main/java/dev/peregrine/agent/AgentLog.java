package dev.peregrine.agent;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The agent's own diagnostics (not alerts): one-line messages to stderr prefixed with {@code [peregrine]}, and
 * failure counting. A failure is printed the first time only, then counted, so a broken sink or rule cannot flood
 * the application's output; the count is printed at shutdown.
 */
public final class AgentLog {

    private static final AtomicLong FAILURES = new AtomicLong();
    private static final AtomicBoolean REPORTED = new AtomicBoolean();
    private static volatile boolean quiet;

    private AgentLog() {
    }

    public static void quiet(boolean q) {
        quiet = q;
    }

    public static void info(String message) {
        if (!quiet) {
            System.err.println("[peregrine] " + message);
        }
    }

    public static void warn(String message) {
        System.err.println("[peregrine] " + message);
    }

    /** Counts a failure inside the agent; prints the first one with its stack trace. */
    public static void failure(String where, Throwable t) {
        FAILURES.incrementAndGet();
        if (REPORTED.compareAndSet(false, true)) {
            System.err.println("[peregrine] agent failure in " + where + " (reported once, further failures are counted): " + t);
            t.printStackTrace();
        }
    }

    public static long failures() {
        return FAILURES.get() + dev.peregrine.agent.bridge.Failures.count();
    }
}
