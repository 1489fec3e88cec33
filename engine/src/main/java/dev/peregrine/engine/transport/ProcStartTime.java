package dev.peregrine.engine.transport;

/**
 * The start time of a process from its {@code /proc/PID/stat} line: field 22, clock ticks since boot. With the pid
 * it names one process for the life of the system (a pid is reused, a (pid, start time) pair is not), which is how
 * the probe tells the JVM that wrote a ring from a later process that got the same pid.
 */
public final class ProcStartTime {

    private ProcStartTime() {
    }

    /** Parses field 22; -1 when the line is not a stat line. The command name (field 2) may hold spaces and ')'. */
    public static long parse(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return -1;
        }
        String[] rest = stat.substring(close + 1).trim().split(" ");
        // rest[0] is field 3 (state): field 22 is rest[19].
        if (rest.length < 20) {
            return -1;
        }
        try {
            return Long.parseLong(rest[19]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
