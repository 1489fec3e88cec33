package dev.peregrine.probe.state;

import java.nio.file.Path;

/**
 * Everything the probe knows about the host between events: processes (with their fds) and user/group names. One
 * instance per probe, owned by the event-consuming thread.
 */
public final class HostState {
    /** Default bound on process-table keys (thread groups plus threads). */
    public static final int DEFAULT_CAPACITY = 131_072;

    private final ProcessTable processes;
    private final UserTable users;
    private final ProcFds procFds;
    private long lazyFds;

    public HostState(ProcessTable processes, UserTable users, ProcFds procFds) {
        this.processes = processes;
        this.users = users;
        this.procFds = procFds;
    }

    /** The live system: {@code /proc}, {@code /etc/passwd}, {@code /etc/group}. Call {@link #seed()} next. */
    public static HostState system() {
        return new HostState(new ProcessTable(DEFAULT_CAPACITY, ProcReader.system()), UserTable.system(),
            new ProcFds(Path.of("/proc")));
    }

    /** Loads all processes from {@code /proc}; returns how many. */
    public int seed() {
        return processes.seed();
    }

    public ProcessTable processes() {
        return processes;
    }

    public UserTable users() {
        return users;
    }

    /** The fd {@code fd} of {@code p}: from its table, else read once from {@code /proc} and remembered. */
    public FdInfo fd(ProcessInfo p, int fd) {
        if (p == null || fd < 0) {
            return null;
        }
        FdInfo info = p.fds().get(fd);
        if (info == null) {
            info = procFds.read(p.tgid(), fd);
            lazyFds++;
            if (info != null) {
                p.fds().put(fd, info);
            }
        }
        return info;
    }

    /** How many fds were looked up in {@code /proc} because we had not seen them created. */
    public long lazyFdReads() {
        return lazyFds;
    }
}
