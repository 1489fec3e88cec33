package dev.peregrine.probe.correlate;

/**
 * Processes forked by a thread of an agent-attached JVM, so their execs can be joined with the JVM call that
 * started them. The kernel's fork record is emitted in the forking thread's context: its tid is the Java thread T
 * that called {@code ProcessBuilder.start} (or native code that forked). The child then execs, once (vfork mode: the
 * target) or twice (posix_spawn mode: {@code jspawnhelper}, then the target); both execs belong to T's call.
 *
 * <p>An entry lives until the child exits, until the JVM call that covers the fork has been joined (the spawn is
 * over: later execs are the child's own business), or, bounded, until newer forks push it out.
 */
final class SpawnedChildren {

    private final IntIntMap byChild;
    private final int[] child;
    private final int[] jvmPid;
    private final int[] forkTid;
    private final long[] forkNanos;
    private int next;

    SpawnedChildren(int capacity) {
        byChild = new IntIntMap(capacity);
        child = new int[capacity];
        jvmPid = new int[capacity];
        forkTid = new int[capacity];
        forkNanos = new long[capacity];
    }

    /** Thread {@code tid} of JVM {@code pid} forked process {@code childPid} at {@code nanos} (monotonic). */
    void add(int childPid, int pid, int tid, long nanos) {
        remove(childPid);
        int slot = next;
        next = (next + 1) % child.length;
        if (child[slot] != 0) {
            byChild.remove(child[slot]); // the oldest entry makes room: bounded, as the table must be
        }
        child[slot] = childPid;
        jvmPid[slot] = pid;
        forkTid[slot] = tid;
        forkNanos[slot] = nanos;
        byChild.put(childPid, slot);
    }

    /** The entry of {@code childPid}, or -1. */
    int find(int childPid) {
        return byChild.get(childPid);
    }

    int jvmPid(int slot) {
        return jvmPid[slot];
    }

    int forkTid(int slot) {
        return forkTid[slot];
    }

    void remove(int childPid) {
        int slot = byChild.remove(childPid);
        if (slot >= 0) {
            child[slot] = 0;
        }
    }

    /** The JVM call [begin, end] of thread {@code tid} was joined: children it forked in it are on their own now. */
    void spawnDone(int pid, int tid, long begin, long end) {
        if (byChild.size() == 0) {
            return;
        }
        for (int i = 0; i < child.length; i++) {
            if (child[i] != 0 && jvmPid[i] == pid && forkTid[i] == tid && forkNanos[i] >= begin
                    && forkNanos[i] <= end) {
                byChild.remove(child[i]);
                child[i] = 0;
            }
        }
    }

    int size() {
        return byChild.size();
    }
}
