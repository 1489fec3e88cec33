package dev.peregrine.probe.jvm;

import dev.peregrine.engine.transport.ProcNsPid;
import dev.peregrine.probe.correlate.IntIntMap;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The tids of one namespaced JVM (a ring in a container): its records carry the tids of its own PID namespace, the
 * kernel's events the host's. The map from one to the other comes from the {@code NSpid:} lines of
 * {@code /proc/<host pid>/task/<tid>/status} (host tid: the directory; namespace tid: the last entry), learned
 * <ul>
 *   <li>from the kernel side ({@link #learn}): every kernel record carries the task's tid in its own namespace, so
 *       a thread that forked or made a joinable syscall is learned from the record itself, before its JVM record is
 *       joined (records join only once the kernel side has been read past them), even if it has exited since;</li>
 *   <li>by a rescan of every thread when a record names an unknown tid ({@link #hostTid}), at most once per
 *       {@link #RESCAN_GAP_NANOS}, and not again for a tid that missed in the last second: a flood of unknown
 *       (forged) tids cannot make the probe rescan per record.</li>
 * </ul>
 * Only threads of the one host process the ring was verified against are ever read, so a ring can name no other
 * process's thread. Single-threaded (the daemon's consumer).
 */
final class ThreadIdMap {

    static final long RESCAN_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long MISS_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Most tids remembered: beyond, the maps start over (a JVM that made that many threads has lost most). */
    private static final int MAX_TIDS = 1 << 14;

    private final Path tasks;
    private final IntIntMap nsToHost = new IntIntMap(256);
    private final IntIntMap missed = new IntIntMap(64);
    private long missWindowStart = System.nanoTime();
    private long lastRescan;
    private boolean rescannedOnDemand;
    private long rescans;

    ThreadIdMap(Path procDir) {
        this.tasks = procDir.resolve("task");
    }

    /** The host tid of namespace tid {@code nsTid}, rescanning at most as said above; 0 when unknown. */
    long hostTid(long nsTid, long now) {
        int known = lookup(nsTid);
        if (known > 0 || nsTid <= 0 || nsTid > Integer.MAX_VALUE) {
            return Math.max(known, 0);
        }
        if (now - missWindowStart > MISS_WINDOW_NANOS) {
            missed.clear();
            missWindowStart = now;
        }
        if (missed.get((int) nsTid) >= 0 || rescannedOnDemand && now - lastRescan < RESCAN_GAP_NANOS) {
            return 0;
        }
        rescannedOnDemand = true;
        lastRescan = now;
        rescan();
        known = lookup(nsTid);
        if (known <= 0 && missed.size() < 4096) {
            missed.put((int) nsTid, 1);
        }
        return Math.max(known, 0);
    }

    /** The host tid of {@code nsTid} if already known (no /proc access), else 0. */
    int lookup(long nsTid) {
        return nsTid > 0 && nsTid <= Integer.MAX_VALUE ? Math.max(nsToHost.get((int) nsTid), 0) : 0;
    }

    /** The kernel saw host thread {@code hostTid} of this JVM, numbered {@code nsTid} in its namespace. */
    void learn(int hostTid, int nsTid) {
        if (hostTid > 0 && nsTid > 0 && nsToHost.get(nsTid) != hostTid) {
            put(nsTid, hostTid);
        }
    }

    /** Reads every thread's ids; returns how many threads there were. */
    int rescan() {
        rescans++;
        int n = 0;
        try (DirectoryStream<Path> all = Files.newDirectoryStream(tasks)) {
            for (Path task : all) {
                String status = HostProcess.read(task.resolve("status"));
                int host = parseTid(task.getFileName().toString());
                if (status != null && host > 0) {
                    put(ProcNsPid.innermost(status), host);
                    n++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone: the reaper closes the ring
        }
        return n;
    }

    long rescans() {
        return rescans;
    }

    private void put(long nsTid, int hostTid) {
        if (nsTid <= 0 || nsTid > Integer.MAX_VALUE) {
            return;
        }
        if (nsToHost.size() >= MAX_TIDS) {
            nsToHost.clear();
        }
        // A namespace tid freed and given to a new thread maps to that thread from now on.
        nsToHost.put((int) nsTid, hostTid);
        missed.remove((int) nsTid);
    }

    private static int parseTid(String name) {
        try {
            return name.length() <= 10 ? Integer.parseInt(name) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
