package dev.peregrine.probe.fields;

import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.probe.state.FdInfo;
import dev.peregrine.probe.state.HostState;
import dev.peregrine.probe.state.ProcessInfo;

/**
 * A syscall event as the engine sees it: the current kernel record joined, at evaluation time, with the process
 * and fd it concerns. One instance is reused for every record ({@link SyscallEvents#next}); the process, the fd and
 * the record's strings are looked up at most once per event, on first use, so rules that only test
 * {@code evt.type} pay for nothing else.
 */
public final class SyscallEvent implements Event {
    static final int AT_FDCWD = -100;

    private final HostState state;
    private SyscallData data;
    private long num;
    private String type;
    private ProcessInfo proc;
    private boolean procDone;
    private int fdNum;
    private boolean hasFd;
    private FdInfo fd;
    private boolean fdDone;
    private boolean nameChanged;
    private String path;
    private String path2;
    private String absPath;
    private String absPath2;
    private int stringsDone;
    private Event jvmCall;
    private boolean unexplained;

    SyscallEvent(HostState state) {
        this.state = state;
    }

    void reset(SyscallData d, long number) {
        data = d;
        num = number;
        type = d.syscallName();
        proc = null;
        procDone = false;
        hasFd = false;
        fdNum = -1;
        fd = null;
        fdDone = false;
        nameChanged = false;
        path = path2 = absPath = absPath2 = null;
        stringsDone = 0;
        jvmCall = null;
        unexplained = false;
    }

    @Override
    public String source() {
        return Sources.SYSCALL;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public long timestampNanos() {
        return data.timestampNanos();
    }

    public SyscallData data() {
        return data;
    }

    public HostState state() {
        return state;
    }

    /** {@code evt.num}: position of the event in the stream, from 1. */
    public long number() {
        return num;
    }

    /** The process of the thread that made the call, or {@code null} when it cannot be found even in /proc. */
    public ProcessInfo process() {
        if (!procDone) {
            proc = state.processes().resolve(data.tid());
            procDone = true;
        }
        return proc;
    }

    /** Whether the event concerns an fd (fd.* fields are absent otherwise). */
    public boolean hasFd() {
        return hasFd;
    }

    /** {@code fd.num}: -1 for a failed open, whose fd.* fields describe the path it tried. */
    public int fdNum() {
        return fdNum;
    }

    /** The fd the event concerns, from the process's fd table, filled lazily from /proc if we never saw it. */
    public FdInfo fd() {
        if (!fdDone) {
            if (hasFd && fd == null) {
                fd = state.fd(process(), fdNum);
            }
            fdDone = true;
        }
        return fd;
    }

    /** {@code fd.name_changed}. */
    public boolean fdNameChanged() {
        return nameChanged;
    }

    public String path() {
        if ((stringsDone & 1) == 0) {
            path = data.path();
            stringsDone |= 1;
        }
        return path;
    }

    public String path2() {
        if ((stringsDone & 2) == 0) {
            path2 = data.path2();
            stringsDone |= 2;
        }
        return path2;
    }

    /** {@code evt.abspath}: the first path argument resolved against its directory fd or the current directory. */
    public String absPath() {
        if ((stringsDone & 4) == 0) {
            absPath = resolve(path(), data.dirfd());
            stringsDone |= 4;
        }
        return absPath;
    }

    /** {@code evt.abspath.dst}: the second path resolved (for linkat/renameat against their second dir fd). */
    public String absPath2() {
        if ((stringsDone & 8) == 0) {
            absPath2 = resolve(path2(), secondDirfd());
            stringsDone |= 8;
        }
        return absPath2;
    }

    /** The JVM call this event was joined with (what its {@code jvm.*} fields read), or null. */
    public Event jvmCall() {
        return jvmCall;
    }

    /** {@code jvm.unexplained}: a JVM's kernel activity that no Java call explains (native code). */
    public boolean unexplained() {
        return unexplained;
    }

    /** Joins this event with the JVM call that caused it (null: none); the correlator sets it before evaluation. */
    public void joinJvm(Event call) {
        jvmCall = call;
    }

    public void unexplained(boolean value) {
        unexplained = value;
    }

    /**
     * Fixes the process this event describes: an event evaluated later than it happened (held by the correlator)
     * keeps the process as it was, even after it exec'd again or exited and left the table.
     */
    public void pinProcess(ProcessInfo p) {
        proc = p;
        procDone = true;
    }

    void fd(int number, FdInfo info) {
        hasFd = true;
        fdNum = number;
        fd = info;
        fdDone = info != null;
    }

    void nameChanged(boolean changed) {
        nameChanged = changed;
    }

    /** The process changed identity (exec created it): look it up again. */
    void forgetProcess() {
        procDone = false;
        proc = null;
    }

    private int secondDirfd() {
        return switch (type) {
            case "linkat", "renameat", "renameat2" -> (int) data.arg(2);
            case "symlinkat" -> (int) data.arg(1);
            default -> AT_FDCWD;
        };
    }

    private String resolve(String raw, int dirfd) {
        if (raw == null || raw.startsWith("/")) {
            return raw == null ? null : PathText.normalize(raw);
        }
        ProcessInfo p = process();
        if (p == null) {
            return raw;
        }
        String base;
        if (dirfd == AT_FDCWD) {
            base = state.processes().currentCwd(p, data.tid());
        } else {
            FdInfo dir = state.fd(p, dirfd);
            base = dir == null ? null : dir.name();
        }
        return PathText.resolve(base, raw);
    }
}
