package dev.peregrine.probe.correlate;

import static dev.peregrine.probe.kernel.SyscallNumbers.*;

import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.transport.RecordView;
import dev.peregrine.engine.transport.RingLayout;
import dev.peregrine.probe.fields.SyscallEvent;
import dev.peregrine.probe.fields.SyscallEvents;
import dev.peregrine.probe.kernel.SyscallRecord;
import dev.peregrine.probe.state.ProcessInfo;

/**
 * The deterministic join of kernel events with the JVM calls that caused them (see the package documentation for
 * the design). Kernel side: {@link #offer} holds the joinable events of agent-attached JVMs and of the processes
 * they spawn. JVM side: {@link #onJvmRecord} evaluates the held events its bracket covers, joined with it.
 * {@link #expire} evaluates, unjoined, what waited a full hold window. One thread (the daemon's consumer) calls
 * everything; nothing is allocated per event once the hold queue's slots exist.
 */
public final class Correlator {

    /** Evaluates events (the engine, with the daemon's error handling) and counts the alerts raised so far. */
    public interface Evaluator {
        void evaluate(Event event);

        long alerts();
    }

    /**
     * Told of each thread of an agent-attached JVM that the kernel shows (forking, or making a joinable syscall),
     * with its tid on the host and in its own PID namespace (the kernel records both): a JVM in a container writes
     * the latter in its ring, which the rings translate with what they learn here.
     */
    @FunctionalInterface
    public interface ThreadWatcher {
        void threadSeen(int pid, int tid, int nsTid);
    }

    /** What {@link #onJvmRecord} tells the caller to do with the JVM record. */
    public enum Outcome {
        /** Evaluate it on its own, as a {@code source: jvm} event. */
        EVALUATE,
        /**
         * It explained kernel events and their evaluation raised an alert: that alert stands for the operation; the
         * record's own alerts add something only when more severe.
         */
        ALERTED,
        /** The kernel side may not have delivered its events yet: offer the same record again later. */
        WAIT
    }

    /** Kinds of joinable kernel events (named apart from the syscall numbers imported above). */
    static final int KIND_NONE = 0;
    static final int KIND_EXEC = 1;
    static final int KIND_OPEN = 2;
    static final int KIND_CONNECT = 3;
    static final int KIND_OTHER = 4;

    /** Kernel records of one CPU can lag another's by this much in the ring (reserve order vs. timestamp order). */
    static final long RING_SKEW_NANOS = 1_000_000;

    private final long holdNanos;
    private final Evaluator out;
    private final SyscallEvents events;
    private final HeldEvent[] slots;
    private final IntIntMap firstByThread = new IntIntMap(256);
    private final IntIntMap lastByThread = new IntIntMap(256);
    private final IntIntMap agents = new IntIntMap(64);
    private final SpawnedChildren children = new SpawnedChildren(1024);
    private final RecentBrackets recent = new RecentBrackets(1024);
    private int head;
    /** Slots in use, from head: live events and joined ones the head has not passed yet. */
    private int count;
    /** Events waiting. */
    private int live;
    private long watermark = Long.MIN_VALUE;
    private long lastKernelNanos = Long.MIN_VALUE;
    private final CorrelationStats stats = new CorrelationStats();
    private ThreadWatcher threads = (pid, tid, nsTid) -> { };

    /**
     * @param holdNanos how long a kernel event waits for its JVM call at most
     * @param capacity  most events held at once; beyond, the oldest is evaluated early (counted)
     */
    public Correlator(long holdNanos, int capacity, SyscallEvents events, Evaluator out) {
        if (holdNanos <= 0 || capacity < 1) {
            throw new IllegalArgumentException("hold " + holdNanos + " ns, capacity " + capacity);
        }
        this.holdNanos = holdNanos;
        this.events = events;
        this.out = out;
        this.slots = new HeldEvent[capacity];
    }

    /** Tells {@code watcher} of the threads of attached JVMs from now on. */
    public void watchThreads(ThreadWatcher watcher) {
        threads = watcher;
    }

    /** A JVM ring of process {@code pid} was attached: its kernel events become joinable. */
    public void ringAttached(long pid) {
        if (pid > 0 && pid <= Integer.MAX_VALUE) {
            agents.put((int) pid, 1);
        }
    }

    /** The ring of {@code pid} is gone (JVM exited, ring rejected). */
    public void ringDetached(long pid) {
        if (pid > 0 && pid <= Integer.MAX_VALUE) {
            agents.remove((int) pid);
        }
    }

    boolean isAgent(int pid) {
        return agents.get(pid) == 1;
    }

    /**
     * Sees every kernel record before it is evaluated. Returns true when it was held (host state already applied):
     * the caller must not evaluate it; false when the caller evaluates it now, as always.
     */
    public boolean offer(SyscallRecord r, long now) {
        long ts = r.monotonicNanos();
        if (ts > lastKernelNanos) {
            lastKernelNanos = ts;
        }
        int pid = r.pid();
        if (r.isFork()) {
            if (r.childPid() != pid && isAgent(pid)) {
                children.add(r.childPid(), pid, r.tid(), ts);
                threads.threadSeen(pid, r.tid(), r.nsTid()); // the Java thread starting a process
            }
            return false;
        }
        if (r.isExit()) {
            if (r.groupDead() || r.tid() == pid) {
                children.remove(pid);
            }
            return false;
        }
        int kind = kindOf(r.syscall());
        if (kind == KIND_NONE) {
            return false;
        }
        int jvmPid;
        int jvmTid;
        if (isAgent(pid)) {
            jvmPid = pid;
            jvmTid = r.tid();
            threads.threadSeen(pid, jvmTid, r.nsTid());
        } else if (kind == KIND_EXEC && children.find(pid) >= 0) {
            int c = children.find(pid);
            jvmPid = children.jvmPid(c);
            jvmTid = children.forkTid(c);
            if (!isAgent(jvmPid)) {
                return false;
            }
        } else {
            return false;
        }
        hold(r, kind, jvmPid, jvmTid, ts, now);
        return true;
    }

    /**
     * The kernel ring was polled: if it was found empty ({@code drained}), every record committed before
     * {@code pollStart} has been offered. A JVM call that ended before that time can be joined for sure.
     */
    public void kernelPolled(long pollStart, boolean drained) {
        long w = drained ? pollStart : lastKernelNanos - RING_SKEW_NANOS;
        if (!drained && lastKernelNanos == Long.MIN_VALUE) {
            return;
        }
        if (w > watermark) {
            watermark = w;
        }
    }

    /**
     * One JVM record of the ring of process {@code pid} (verified by the ring's checks), as {@code call}: the
     * engine's event over {@code view}, which the joined kernel events' {@code jvm.*} fields read.
     */
    public Outcome onJvmRecord(long pid, RecordView view, Event call, long now) {
        if ((view.flags() & RingLayout.FLAG_END) == 0) {
            // An agent that does not bracket its calls: nothing of this JVM can be joined or called unexplained.
            if (pid > 0 && pid <= Integer.MAX_VALUE && agents.get((int) pid) == 1) {
                agents.put((int) pid, 2);
                stats.unbracketedJvms++;
            }
            return Outcome.EVALUATE;
        }
        long begin = view.monoNanos();
        long end = view.endNanos();
        if (end > watermark) {
            return Outcome.WAIT;
        }
        long tidLong = view.tid();
        if (end < begin || tidLong <= 0 || tidLong > Integer.MAX_VALUE || pid > Integer.MAX_VALUE) {
            return Outcome.EVALUATE;
        }
        int p = (int) pid;
        int tid = (int) tidLong;
        recent.add(p, tid, begin, end, now);
        long alertsBefore = out.alerts();
        int joined = count == 0 ? 0 : join(p, tid, begin, end, call);
        if (view.op() == RingLayout.OPS.indexOf("process_start")) {
            children.spawnDone(p, tid, begin, end);
        }
        if (joined == 0) {
            return Outcome.EVALUATE;
        }
        stats.joinedCalls++;
        return out.alerts() > alertsBefore ? Outcome.ALERTED : Outcome.EVALUATE;
    }

    /**
     * Evaluates, unjoined, every held event whose hold window has passed on the kernel side: the kernel events of
     * {@code hold} after it have been read (so any JVM call ending by then was offered). Idle, that is the hold
     * window in real time; behind a backlog it waits for the backlog, not only the clock, so a late reader does
     * not turn events whose calls are still queued into unexplained ones.
     */
    public void expire() {
        while (count > 0 && slots[head].deadline - watermark <= 0) {
            releaseHead();
        }
    }

    /** Evaluates everything still held (the daemon stops). */
    public void flush() {
        while (count > 0) {
            releaseHead();
        }
    }

    /** Events held now. */
    public int held() {
        return live;
    }

    /** When (System.nanoTime) the oldest held event's window ends, or Long.MAX_VALUE when nothing is held. */
    public long nextDeadline() {
        return count == 0 ? Long.MAX_VALUE : slots[head].deadline;
    }

    public CorrelationStats stats() {
        return stats;
    }

    static int kindOf(int syscall) {
        return switch (syscall) {
            case EXECVE, EXECVEAT -> KIND_EXEC;
            case OPEN, OPENAT, OPENAT2, CREAT -> KIND_OPEN;
            case CONNECT -> KIND_CONNECT;
            case UNLINK, UNLINKAT, RENAME, RENAMEAT, RENAMEAT2, BIND, ACCEPT, ACCEPT4 -> KIND_OTHER;
            default -> KIND_NONE;
        };
    }

    private void hold(SyscallRecord r, int kind, int jvmPid, int jvmTid, long ts, long now) {
        if (count == slots.length) {
            stats.forced++;
            releaseHead();
        }
        int i = (head + count) % slots.length;
        HeldEvent e = slots[i];
        if (e == null) {
            e = slots[i] = new HeldEvent(r, events.newEvent());
        }
        if (!e.copy(r)) {
            throw new IllegalStateException("cannot copy " + r); // the buffer was sized from r: not reachable
        }
        SyscallEvent ev = events.next(e.data.wrap(e.record), e.event);
        ProcessInfo p = ev.process();
        // An exec changes the process in place: keep it as this exec made it, for when the event is evaluated.
        ev.pinProcess(kind == KIND_EXEC && p != null ? p.snapshot() : p);
        e.kind = kind;
        e.jvmPid = jvmPid;
        e.jvmTid = jvmTid;
        e.kernelNanos = ts;
        e.deadline = ts + holdNanos; // CLOCK_MONOTONIC, as the daemon's System.nanoTime
        e.nextSameThread = -1;
        e.live = true;
        live++;
        int last = lastByThread.get(jvmTid);
        if (last >= 0) {
            slots[last].nextSameThread = i;
        } else {
            firstByThread.put(jvmTid, i);
        }
        lastByThread.put(jvmTid, i);
        count++;
        stats.held++;
    }

    /** Evaluates the held events of the thread that {@code [begin, end]} covers, joined with {@code call}. */
    private int join(int pid, int tid, long begin, long end, Event call) {
        int joined = 0;
        int prev = -1;
        for (int i = firstByThread.get(tid); i >= 0; ) {
            HeldEvent e = slots[i];
            int next = e.nextSameThread;
            if (e.jvmPid == pid && e.kernelNanos >= begin && e.kernelNanos <= end) {
                unlink(tid, prev, i);
                evaluate(e, call);
                joined++;
            } else {
                prev = i;
            }
            i = next;
        }
        stats.joined += joined;
        skipJoined();
        return joined;
    }

    private void releaseHead() {
        HeldEvent e = slots[head];
        if (e.live) {
            unlink(e.jvmTid, previousOf(e.jvmTid, head), head);
            evaluate(e, null);
            stats.expired++;
        }
        head = (head + 1) % slots.length;
        count--;
        skipJoined();
    }

    /** Frees the slots of joined events at the head, so the head is the next deadline. */
    private void skipJoined() {
        while (count > 0 && !slots[head].live) {
            head = (head + 1) % slots.length;
            count--;
        }
    }

    private void evaluate(HeldEvent e, Event call) {
        e.live = false;
        live--;
        e.event.joinJvm(call);
        boolean unexplained = call == null && e.kind != KIND_OTHER && agents.get(e.jvmPid) == 1
                && !recent.covers(e.jvmPid, e.jvmTid, e.kernelNanos, e.deadline - 2 * holdNanos);
        e.event.unexplained(unexplained);
        if (unexplained) {
            stats.unexplained++;
        }
        out.evaluate(e.event);
        e.event.joinJvm(null);
    }

    /** The slot before {@code slot} in its thread's list (the oldest live event is normally first: -1). */
    private int previousOf(int tid, int slot) {
        int prev = -1;
        for (int i = firstByThread.get(tid); i >= 0 && i != slot; i = slots[i].nextSameThread) {
            prev = i;
        }
        return prev;
    }

    private void unlink(int tid, int prev, int slot) {
        int next = slots[slot].nextSameThread;
        if (prev < 0) {
            if (next < 0) {
                firstByThread.remove(tid);
            } else {
                firstByThread.put(tid, next);
            }
        } else {
            slots[prev].nextSameThread = next;
        }
        if (next < 0) {
            if (prev < 0) {
                lastByThread.remove(tid);
            } else {
                lastByThread.put(tid, prev);
            }
        }
        slots[slot].nextSameThread = -1;
    }
}
