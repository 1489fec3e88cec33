package dev.peregrine.probe.state;

/**
 * The open fds of one thread group. Low numbers (where nearly all fds live, since the kernel hands out the lowest
 * free number) sit in a plain array indexed by fd; the rare high numbers go to an {@link IntMap} whose size is
 * capped, so one process leaking sockets cannot grow the probe without bound. Entries we did not see being created
 * are filled lazily from {@code /proc} by {@link ProcFds}.
 *
 * <p>We see no {@code close(2)}: a closed fd stays until its number is reused, and the kernel reuses the lowest
 * free number, so the next open/socket/accept/dup overwrites the stale entry. {@link #closeOnExec} drops the fds
 * we know to be close-on-exec when the process execs.
 */
public final class FdTable {
    static final int DENSE = 1024;
    static final int MAX_SPARSE = 65_536;

    private FdInfo[] dense;
    private IntMap<FdInfo> sparse;
    private long dropped;

    public FdTable() {
        this.dense = new FdInfo[64];
    }

    private FdTable(FdTable other) {
        this.dense = other.dense.clone();
        if (other.sparse != null) {
            this.sparse = new IntMap<>(other.sparse.size());
            other.sparse.forEachKey(k -> sparse.put(k, other.sparse.get(k)));
        }
    }

    /** The child's table after fork: the same open files under the same numbers. */
    public FdTable copy() {
        return new FdTable(this);
    }

    public FdInfo get(int fd) {
        if (fd < 0) {
            return null;
        }
        if (fd < dense.length) {
            return dense[fd];
        }
        return sparse == null || fd < DENSE ? null : sparse.get(fd);
    }

    public void put(int fd, FdInfo info) {
        if (fd < 0) {
            return;
        }
        if (fd < DENSE) {
            if (fd >= dense.length) {
                dense = java.util.Arrays.copyOf(dense, Math.min(DENSE, Integer.highestOneBit(fd) << 1));
            }
            dense[fd] = info;
            return;
        }
        if (sparse == null) {
            sparse = new IntMap<>(16);
        }
        if (sparse.size() >= MAX_SPARSE && sparse.get(fd) == null) {
            dropped++;
            return;
        }
        sparse.put(fd, info);
    }

    public void remove(int fd) {
        if (fd >= 0 && fd < dense.length) {
            dense[fd] = null;
        } else if (sparse != null && fd >= DENSE) {
            sparse.remove(fd);
        }
    }

    /** {@code dup2(oldfd, newfd)}: newfd now names the same open file (without close-on-exec, as dup2 does). */
    public void dup(int oldFd, int newFd, boolean cloexec) {
        FdInfo info = get(oldFd);
        if (info != null) {
            put(newFd, info.withCloexec(cloexec));
        } else {
            remove(newFd);
        }
    }

    /** Drops every fd flagged close-on-exec, as the kernel does at a successful exec. */
    public void closeOnExec() {
        for (int i = 0; i < dense.length; i++) {
            if (dense[i] != null && dense[i].cloexec()) {
                dense[i] = null;
            }
        }
        if (sparse != null) {
            IntMap<FdInfo> kept = new IntMap<>(sparse.size());
            sparse.forEachKey(k -> {
                FdInfo info = sparse.get(k);
                if (!info.cloexec()) {
                    kept.put(k, info);
                }
            });
            sparse = kept;
        }
    }

    /** Receives each known fd. */
    @FunctionalInterface
    public interface Visitor {
        void visit(int fd, FdInfo info);
    }

    /** Calls {@code visitor} for every fd we know, dense ones in ascending order first. */
    public void forEach(Visitor visitor) {
        for (int i = 0; i < dense.length; i++) {
            if (dense[i] != null) {
                visitor.visit(i, dense[i]);
            }
        }
        if (sparse != null) {
            sparse.forEachKey(k -> visitor.visit(k, sparse.get(k)));
        }
    }

    /** High-numbered fds not recorded because the per-process cap was reached. */
    public long dropped() {
        return dropped;
    }
}
