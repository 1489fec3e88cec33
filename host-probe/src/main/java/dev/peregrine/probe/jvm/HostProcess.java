package dev.peregrine.probe.jvm;

import dev.peregrine.engine.transport.ProcNsPid;
import dev.peregrine.engine.transport.ProcStartTime;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the host process a namespaced ring ({@link RingName#namespaced}) speaks for: the one whose PID namespace
 * is the named one, whose pid in that namespace (the last entry of its {@code NSpid:} line) and start time are the
 * header's, and whose effective uid owns the file. One pass over /proc per new ring (rings appear when JVMs start),
 * reading each process's stat first: the start time rules out nearly all of them at once.
 *
 * <p>Why the match is sound: a PID namespace never has two live processes with the same pid, and the namespace's
 * inode names one live namespace, so (namespace, pid) is at most one process now, and with the start time (the
 * same number from every PID namespace, clock ticks since boot) not a later one that got a freed pid or inode.
 * The owner check is the host's rule: a user's ring speaks only for that user's processes. More than one candidate
 * cannot happen by that reasoning; if it ever does, the ring is refused rather than guessed at.
 */
final class HostProcess {

    static final Path PROC = Path.of("/proc");

    private HostProcess() {
    }

    /** The host pid of the process the ring names; throws with the reason when there is not exactly one. */
    static long resolve(Path proc, RingName name, long headerPid, long headerStart, int owner)
            throws RingRejectedException {
        long found = -1;
        int candidates = 0;
        int otherUid = -1;
        try (DirectoryStream<Path> all = Files.newDirectoryStream(proc)) {
            for (Path dir : all) {
                long pid = pidOf(dir.getFileName().toString());
                if (pid <= 0 || startTime(dir) != headerStart || pidNamespace(dir) != name.pidNamespace()) {
                    continue;
                }
                String status = read(dir.resolve("status"));
                if (status == null || ProcNsPid.innermost(status) != headerPid) {
                    continue;
                }
                int euid = ProcIdentity.euid(status);
                if (startTime(dir) != headerStart) {
                    continue; // the pid was recycled while we read: not the same process
                }
                if (euid != owner) {
                    otherUid = euid;
                    continue;
                }
                candidates++;
                found = pid;
            }
        } catch (IOException | RuntimeException e) {
            throw new RingRejectedException("cannot scan " + proc + ": " + e, false);
        }
        String who = "pid " + headerPid + " started at " + headerStart + " in PID namespace " + name.pidNamespace();
        if (candidates > 1) {
            throw new RingRejectedException("ambiguous: " + candidates + " processes are " + who, false);
        }
        if (candidates == 0 && otherUid >= 0) {
            throw new RingRejectedException("owned by uid " + owner + " but " + who + " runs as uid " + otherUid, false);
        }
        if (candidates == 0) {
            throw new RingRejectedException("no process is " + who + " (gone, or forged)", true);
        }
        return found;
    }

    /** The inode of a process's PID namespace ({@code ns/pid} reads {@code pid:[4026532178]}), or -1. */
    static long pidNamespace(Path procDir) {
        try {
            String link = Files.readSymbolicLink(procDir.resolve("ns/pid")).toString();
            if (link.startsWith("pid:[") && link.endsWith("]")) {
                return Long.parseLong(link.substring(5, link.length() - 1));
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not ours to read: not a candidate
        }
        return -1;
    }

    private static long startTime(Path procDir) {
        String stat = read(procDir.resolve("stat"));
        return stat == null ? -2 : ProcStartTime.parse(stat);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long pidOf(String name) {
        if (name.isEmpty() || name.length() > 10) {
            return -1;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(name);
    }
}
