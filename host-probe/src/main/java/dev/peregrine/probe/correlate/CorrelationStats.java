package dev.peregrine.probe.correlate;

/** Counters of the correlator, for the daemon's metrics line and tests. Written by the consumer thread only. */
public final class CorrelationStats {

    /** Kernel events held to wait for their JVM call. */
    long held;
    /** Held kernel events evaluated joined with a JVM call. */
    long joined;
    /** JVM calls that explained at least one kernel event. */
    long joinedCalls;
    /** Held events evaluated unjoined at the end of their hold window. */
    long expired;
    /** ... of which flagged {@code jvm.unexplained}. */
    long unexplained;
    /** Held events evaluated early because the hold queue was full. */
    long forced;
    /** JVMs whose agent does not bracket its calls (no join for them). */
    long unbracketedJvms;

    public long held() {
        return held;
    }

    public long joined() {
        return joined;
    }

    public long joinedCalls() {
        return joinedCalls;
    }

    public long expired() {
        return expired;
    }

    public long unexplained() {
        return unexplained;
    }

    public long forced() {
        return forced;
    }

    public long unbracketedJvms() {
        return unbracketedJvms;
    }

    @Override
    public String toString() {
        return "held=" + held + " joined=" + joined + " calls=" + joinedCalls + " expired=" + expired
                + " unexplained=" + unexplained + " forced=" + forced;
    }
}
