package dev.peregrine.probe.jvm;

import dev.peregrine.engine.transport.CorruptRingException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.nio.file.LinkOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM rings in the probe's directory, which it announces itself in ({@link ProbeAnnouncement}) while open: those present at start (a scan) and those created later (a WatchService,
 * inotify underneath), each verified by {@link JvmRing#open}; drained by {@link #poll} into one reused
 * {@link dev.peregrine.engine.transport.RecordView} per ring (a record the handler does not take yet stays there and
 * is offered again); closed and forgotten when their JVM exits. One thread calls {@link #poll}; nothing is locked.
 */
public final class JvmRings implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JvmRings.class);
    private static final long REAP_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Namespaced claims waiting for their owner's budget at most; beyond, they are dropped (and counted). */
    private static final int MAX_DEFERRED = 1024;
    /** Names of namespaced claims refused (not as stale) remembered, so a rescan does not check them again. */
    private static final int MAX_REFUSED = 4096;

    private final Path dir;
    private final WatchService watcher;
    private final Map<Long, JvmRing> rings = new HashMap<>();
    private final List<JvmRing> order = new ArrayList<>();
    /** Pids whose ring was closed since the last poll told the handler. */
    private final List<Long> detached = new ArrayList<>();
    private boolean waiting;
    private long lastReap = System.nanoTime();
    private long rejected;
    private final ClaimBudget budget = new ClaimBudget();
    private final Set<Path> deferred = new LinkedHashSet<>();
    private final Set<String> refused = new HashSet<>();
    private long claimsChecked;
    private long claimsDropped;

    private JvmRings(Path dir, WatchService watcher) {
        this.dir = dir;
        this.watcher = watcher;
    }

    /** Watches {@code dir} (it must exist, be root's, and not be a symbolic link), then picks up the rings in it. */
    public static JvmRings watch(Path dir) throws IOException {
        RingDirectory.check(dir);
        WatchService w = dir.getFileSystem().newWatchService();
        // Watch first, then scan: a ring created in between is seen twice, never missed (add() ignores repeats).
        dir.register(w, StandardWatchEventKinds.ENTRY_CREATE);
        JvmRings r = new JvmRings(dir, w);
        try {
            r.rescan();
            ProbeAnnouncement.write(dir);
        } catch (IOException | RuntimeException e) {
            r.close();
            throw e;
        }
        return r;
    }

    /** Drains every ring (at most {@code maxPerRing} events each); returns the number of events handled. */
    public int poll(JvmEventHandler handler, int maxPerRing) {
        WatchKey key = watcher.poll();
        if (key != null) {
            for (WatchEvent<?> e : key.pollEvents()) {
                if (e.context() instanceof Path name) {
                    add(name);
                } else if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                    rescanQuietly();
                }
            }
            key.reset();
        }
        int handled = 0;
        waiting = false;
        for (int i = 0; i < order.size(); i++) {
            JvmRing ring = order.get(i);
            if (!ring.announced) {
                ring.announced = true;
                handler.attached(ring.pid);
            }
            try {
                for (int n = 0; n < maxPerRing; n++) {
                    if (!ring.pending) {
                        if (!ring.poll(ring.view)) {
                            break;
                        }
                        ring.pending = true;
                    } else if (ring.threads != null) {
                        ring.retranslate(ring.view);
                    }
                    if (!handler.offer(ring.pid, ring.view)) {
                        waiting = true;
                        break;
                    }
                    ring.pending = false;
                    handled++;
                }
            } catch (CorruptRingException e) {
                LOG.warn("JVM ring {} rejected: {}", ring.path, e.getMessage());
                forget(ring, false);
                i--;
            }
        }
        if (System.nanoTime() - lastReap > REAP_NANOS) {
            reap();
        }
        for (int i = 0; i < detached.size(); i++) {
            handler.detached(detached.get(i));
        }
        detached.clear();
        return handled;
    }

    /** The last {@link #poll} left a record that the handler did not take yet (it will be offered again). */
    public boolean waiting() {
        return waiting;
    }

    /**
     * The kernel saw thread {@code tid} of process {@code pid}, numbered {@code nsTid} in its own PID namespace
     * (forking, or making a joinable syscall): if that is a namespaced JVM, its tid translation learns the pair.
     * Allocation-free.
     */
    public void threadSeen(int pid, int tid, int nsTid) {
        for (int i = 0; i < order.size(); i++) {
            JvmRing ring = order.get(i);
            if (ring.pid == pid && ring.threads != null) {
                ring.threads.learn(tid, nsTid);
            }
        }
    }

    /**
     * Closes the rings whose JVM has exited; deletes their files if the JVM could not. Refreshes the probe's
     * announcement, whose age is how JVMs in containers tell that a probe runs ({@link ProbeAnnouncement}).
     */
    public void reap() {
        lastReap = System.nanoTime();
        ProbeAnnouncement.refresh(dir);
        retryDeferred();
        for (int i = order.size() - 1; i >= 0; i--) {
            JvmRing ring = order.get(i);
            if (!ring.alive()) {
                LOG.info("JVM {} exited: ring closed", ring.pid);
                forget(ring, true);
            }
        }
    }

    public int size() {
        return order.size();
    }

    /** A ring of host process {@code pid} is attached. */
    public boolean has(long pid) {
        return rings.containsKey(pid);
    }

    /** Rings refused so far (each logged with its reason). */
    public long rejected() {
        return rejected;
    }

    /** Namespaced claims checked against /proc so far (each costs a pass over it). */
    long claimsChecked() {
        return claimsChecked;
    }

    /** Namespaced claims waiting for their owner's budget. */
    int claimsDeferred() {
        return deferred.size();
    }

    private void add(Path name) {
        RingName claim = RingName.parse(name.toString());
        if (claim == null || !claim.namespaced() && rings.containsKey(claim.pid())
                || claim.namespaced() && refused.contains(name.toString())) {
            return;
        }
        Path path = dir.resolve(name);
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).path.equals(path)) {
                return; // seen twice (the start's scan and the watch)
            }
        }
        if (claim.namespaced()) {
            // Checking costs a pass over /proc: each owner gets a budget, so a flood only delays its own rings.
            if (!budget.tryTake(owner(path), System.nanoTime())) {
                defer(path);
                return;
            }
            claimsChecked++;
        }
        try {
            JvmRing ring = JvmRing.open(path, claim, HostProcess.PROC);
            if (rings.containsKey(ring.pid)) {
                ring.close();
                throw new RingRejectedException("process " + ring.pid + " already has a ring ("
                        + rings.get(ring.pid).path.getFileName() + ")", false);
            }
            rings.put(ring.pid, ring);
            order.add(ring);
            if (ring.threads != null) {
                LOG.info("JVM {} (pid {} in its PID namespace {}) ring {} attached (uid {})", ring.pid, ring.nsPid,
                        claim.pidNamespace(), path, ring.ownerUid);
            } else {
                LOG.info("JVM {} ring {} attached (uid {})", ring.pid, path, ring.ownerUid);
            }
        } catch (RingRejectedException e) {
            rejected++;
            LOG.warn("JVM ring {} rejected: {}", path, e.getMessage());
            if (e.stale) {
                StaleRings.delete(path);
            } else if (claim.namespaced()) {
                if (refused.size() >= MAX_REFUSED) {
                    refused.clear();
                }
                refused.add(name.toString());
            }
        }
    }

    private void defer(Path path) {
        if (deferred.size() < MAX_DEFERRED) {
            deferred.add(path);
        } else {
            claimsDropped++;
            rejected++;
        }
    }

    /** Gives the claims that waited for their owner's budget another try (every second, from {@link #reap}). */
    private void retryDeferred() {
        if (claimsDropped > 0) {
            LOG.warn("{} JVM ring claims ignored: more than {} were waiting (a flood of ring files?)", claimsDropped,
                    MAX_DEFERRED);
            claimsDropped = 0;
        }
        if (deferred.isEmpty()) {
            return;
        }
        List<Path> again = new ArrayList<>(deferred);
        deferred.clear();
        for (Path p : again) {
            add(p.getFileName());
        }
    }

    /** The uid owning a ring file (its link, never followed), -1 when it cannot be read. */
    private static int owner(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private void rescan() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                add(f.getFileName());
            }
        }
    }

    private void rescanQuietly() {
        try {
            rescan();
        } catch (IOException e) {
            LOG.warn("cannot rescan {}: {}", dir, e.toString());
        }
    }

    private void forget(JvmRing ring, boolean exited) {
        if (ring.announced) {
            detached.add(ring.pid);
        }
        rings.remove(ring.pid);
        order.remove(ring);
        ring.close();
        if (exited) {
            StaleRings.delete(ring.path);
        }
    }

    @Override
    public void close() throws IOException {
        ProbeAnnouncement.remove(dir);
        for (JvmRing ring : order) {
            ring.close();
        }
        rings.clear();
        order.clear();
        watcher.close();
    }
}
