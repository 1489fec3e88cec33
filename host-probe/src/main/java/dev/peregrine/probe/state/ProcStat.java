package dev.peregrine.probe.state;

/**
 * The fields we use from {@code /proc/PID/stat}. The command name sits in parentheses and may itself contain spaces
 * and parentheses, so fields are counted from the last {@code ')'}.
 */
record ProcStat(String comm, int ppid, int pgid, int sid, int ttyNr, int threads, long startTicks) {

    static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("malformed stat line: " + line);
        }
        String comm = line.substring(open + 1, close);
        // After ')': state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime cutime
        // cstime priority nice num_threads itrealvalue starttime ...
        String[] f = line.substring(close + 2).split(" ");
        return new ProcStat(comm, Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
            Integer.parseInt(f[4]), Integer.parseInt(f[17]), Long.parseLong(f[19]));
    }
}
