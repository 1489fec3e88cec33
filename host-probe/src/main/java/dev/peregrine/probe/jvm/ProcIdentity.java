package dev.peregrine.probe.jvm;

import dev.peregrine.engine.transport.ProcStartTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Who a process is: its effective uid (the owner of the files it creates) and start time, read from /proc. The
 * start time is read before and after the uid: if it changed, the pid was recycled in between and the uid belongs
 * to someone else, so the answer is "gone".
 */
record ProcIdentity(int euid, long startTime) {

    /** The identity of {@code pid}, or null when no such process exists (any more). */
    static ProcIdentity of(long pid) {
        try {
            long before = startTime(pid);
            int euid = euid(Files.readString(Path.of("/proc/" + pid + "/status")));
            long after = startTime(pid);
            return before < 0 || before != after || euid < 0 ? null : new ProcIdentity(euid, before);
        } catch (IOException e) {
            return null;
        }
    }

    static long startTime(long pid) throws IOException {
        return ProcStartTime.parse(Files.readString(Path.of("/proc/" + pid + "/stat")));
    }

    /** The second field of the {@code Uid:} line (real, effective, saved, filesystem). */
    static int euid(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("Uid:")) {
                String[] f = line.substring(4).trim().split("\\s+");
                return f.length >= 2 ? Integer.parseInt(f[1]) : -1;
            }
        }
        return -1;
    }

    /** True while the process that had {@code startTime} still runs under {@code pid}. */
    static boolean alive(long pid, long startTime) {
        try {
            return startTime(pid) == startTime;
        } catch (IOException e) {
            return false;
        }
    }
}
