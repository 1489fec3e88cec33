package dev.peregrine.probe.state;

import java.util.List;

/**
 * All processes we know, keyed by thread id: a thread group's leader tid (= its pid) and each of its other threads
 * map to the same {@link ProcessInfo}. Seeded from {@code /proc}, then kept current by the fork, exec and exit
 * events of the probe. Owned by the single event-consuming thread; not thread-safe.
 *
 * <p>Bounded: entries are freed when the last thread exits; beyond {@code capacity} keys the least recently used
 * of a small sample is evicted (the Redis approximation of LRU: no list to maintain per lookup) and counted. An
 * evicted process that shows up again is read back from {@code /proc} on demand.
 */
public final class ProcessTable {
    private static final int EVICTION_SAMPLE = 32;

    private final IntMap<ProcessInfo> byTid;
    private final int capacity;
    private final ProcReader reader;
    private long clock;
    private int evictCursor;
    private long evictions;
    private long procReads;

    public ProcessTable(int capacity, ProcReader reader) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2: " + capacity);
        }
        this.capacity = capacity;
        this.reader = reader;
        this.byTid = new IntMap<>(Math.min(capacity, 65_536));
    }

    /** Loads every process in {@code /proc}; returns how many were loaded. */
    public int seed() {
        int n = 0;
        for (int pid : reader.pids()) {
            if (seedPid(pid) != null) {
                n++;
            }
        }
        return n;
    }

    /** (Re-)reads one thread group from {@code /proc}, replacing what we had; {@code null} if it is gone. */
    public ProcessInfo seedPid(int pid) {
        ProcessInfo p = reader.read(pid);
        procReads++;
        if (p != null) {
            insert(pid, p);
        }
        return p;
    }

    /** The process of thread {@code tid}, from the table only. */
    public ProcessInfo get(int tid) {
        ProcessInfo p = byTid.get(tid);
        if (p != null) {
            p.lastUsed = ++clock;
        }
        return p;
    }

    /** The process of thread {@code tid}, read from {@code /proc} (once) if we never saw it. */
    public ProcessInfo resolve(int tid) {
        ProcessInfo p = get(tid);
        if (p != null || tid <= 0) {
            return p;
        }
        int tgid = reader.tgidOf(tid);
        procReads++;
        if (tgid <= 0) {
            return null;
        }
        p = tgid == tid ? null : get(tgid);
        if (p == null) {
            p = seedPid(tgid);
        }
        if (p != null && tgid != tid) {
            insert(tid, p);
        }
        return p;
    }

    /** A new task: a thread ({@code isThread}) joins its group; otherwise a child process inherits the parent. */
    public void onFork(int parentTgid, int childTid, int childTgid, boolean isThread, long timestampNanos) {
        ProcessInfo parent = resolve(parentTgid);
        if (isThread) {
            ProcessInfo group = parent != null && parent.tgid == childTgid ? parent : resolve(childTgid);
            if (group != null) {
                group.liveThreads++;
                insert(childTid, group);
            }
            return;
        }
        ProcessInfo child = parent != null ? parent.forkChild(childTgid) : reader.read(childTgid);
        if (child == null) {
            child = new ProcessInfo(childTgid);
            child.ppid = parentTgid;
        }
        child.ppid = parentTgid;
        child.startNanos = timestampNanos;
        insert(childTgid, child);
        if (childTid != childTgid) {
            insert(childTid, child);
        }
    }

    /**
     * A successful exec by thread {@code tid} of group {@code tgid}: new executable and command line, fds marked
     * close-on-exec are dropped. {@code comm} may be {@code null}: then the kernel's rule applies (basename of the
     * path, at most 15 characters). {@code cwd} {@code null} keeps the old. Credentials are not touched here: every
     * kernel record carries the task's current ones (see {@link #onCredentials}).
     */
    public ProcessInfo onExec(int tid, int tgid, String exePath, List<String> argv, String cwd, String comm) {
        ProcessInfo p = resolve(tgid);
        if (p == null) {
            p = new ProcessInfo(tgid);
            insert(tgid, p);
        }
        if (tid != tgid) {
            byTid.remove(tid);
        }
        p.exePath = exePath;
        p.comm = comm != null ? comm : commOf(exePath);
        boolean hasArgv = argv != null && !argv.isEmpty();
        p.setCommand(hasArgv ? argv.get(0) : exePath, hasArgv ? argv.subList(1, argv.size()) : List.of());
        if (cwd != null) {
            p.cwd = cwd;
        }
        p.fds.closeOnExec();
        p.liveThreads = 1;
        return p;
    }

    /**
     * The parent the kernel reported with an event ({@code real_parent}'s tgid). Authoritative: we may have missed
     * the fork (forks made by the probe's own process are not traced, and a short-lived child may be gone from /proc
     * before its exec is handled), and a reparented orphan's parent changes without any event we capture.
     */
    public void onParent(ProcessInfo p, int ppid) {
        if (ppid > 0) {
            p.ppid = ppid;
        }
    }

    /** The task's credentials as the kernel reported them with an event (after set*id or a set-id exec). */
    public void onCredentials(ProcessInfo p, int uid, int euid, int gid, int egid) {
        p.uid = uid;
        p.euid = euid;
        p.gid = gid;
        p.egid = egid;
    }

    /**
     * The v2 cgroup an exec record reports. A process moved to another cgroup between its fork and its exec (how a
     * container runtime starts a container's first process) is refiled under the container of its new cgroup; the
     * container it inherited from its parent at fork would be wrong. Costs a /proc read only when the id changed.
     */
    public void onCgroup(ProcessInfo p, long cgroupId) {
        if (cgroupId == 0 || cgroupId == p.cgroupId) {
            return;
        }
        ContainerId c = reader.containerOf(p.tgid, cgroupId);
        procReads++;
        if (c != null) {
            p.container = c;
        }
        p.cgroupId = cgroupId;
    }

    /** Login uid, terminal and effective capabilities as an exec record reports them. */
    public void onExecDetails(ProcessInfo p, int loginUid, int tty, long capEffective) {
        p.loginUid = loginUid;
        p.tty = tty;
        p.setCaps(capEffective, p.capPermitted, p.capInheritable);
    }

    /** The current directory of a thread, read now (chdir is not captured), or {@code null} when it is gone. */
    public String currentCwd(ProcessInfo p, int tid) {
        String cwd = reader.cwd(tid);
        if (cwd != null) {
            p.cwd = cwd;
        }
        return cwd != null ? cwd : p.cwd;
    }

    /** Thread {@code tid} of group {@code tgid} exited; the group is freed with its last thread. */
    public void onExit(int tid, int tgid) {
        ProcessInfo p = byTid.get(tgid);
        if (tid != tgid) {
            byTid.remove(tid);
        }
        if (p == null) {
            return;
        }
        if (--p.liveThreads <= 0) {
            byTid.remove(tgid);
        }
    }

    /** The parent process; after the parent died, follows the kernel's reparenting once via {@code /proc}. */
    public ProcessInfo parent(ProcessInfo p) {
        if (p.ppid <= 0) {
            return null;
        }
        ProcessInfo parent = resolve(p.ppid);
        if (parent == null && p.ppid > 0) {
            p.ppid = reader.currentPpid(p.tgid);
            parent = p.ppid > 0 ? resolve(p.ppid) : null;
        }
        return parent == p ? null : parent;
    }

    /** Ancestor {@code n} generations up: 0 is {@code p} itself, 1 its parent; {@code null} past the root. */
    public ProcessInfo ancestor(ProcessInfo p, int n) {
        ProcessInfo cur = p;
        for (int i = 0; i < n && cur != null; i++) {
            cur = parent(cur);
        }
        return cur;
    }

    public int size() {
        return byTid.size();
    }

    public long evictions() {
        return evictions;
    }

    /** How many times we read {@code /proc} for a task (seeding and lazy fill). */
    public long procReads() {
        return procReads;
    }

    public ProcReader reader() {
        return reader;
    }

    static String commOf(String path) {
        if (path == null) {
            return null;
        }
        String base = path.substring(path.lastIndexOf('/') + 1);
        return base.length() > 15 ? base.substring(0, 15) : base;
    }

    private void insert(int tid, ProcessInfo p) {
        if (byTid.get(tid) == null && byTid.size() >= capacity) {
            evictOne();
        }
        p.lastUsed = ++clock;
        byTid.put(tid, p);
    }

    private void evictOne() {
        int victim = Integer.MIN_VALUE;
        long oldest = Long.MAX_VALUE;
        int cap = byTid.capacity();
        for (int scanned = 0, seen = 0; scanned < cap && seen < EVICTION_SAMPLE; scanned++) {
            int key = byTid.keyAt(evictCursor++);
            if (key == Integer.MIN_VALUE) {
                continue;
            }
            seen++;
            ProcessInfo p = byTid.get(key);
            if (p.lastUsed < oldest) {
                oldest = p.lastUsed;
                victim = key;
            }
        }
        if (victim != Integer.MIN_VALUE) {
            byTid.remove(victim);
            evictions++;
        }
    }
}
