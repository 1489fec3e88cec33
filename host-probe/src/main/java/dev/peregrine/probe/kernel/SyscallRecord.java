package dev.peregrine.probe.kernel;

import static dev.peregrine.probe.kernel.EventLayout.*;
import static dev.peregrine.probe.kernel.SyscallNumbers.*;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/**
 * One kernel record, decoded lazily in place: a reused, mutable view over the ring buffer's memory that the probe
 * re-points at each record before handing it to a {@link SyscallHandler}. Nothing is allocated until a String or
 * List accessor is called; numeric accessors read the shared memory directly.
 *
 * <p>Valid only during the handler call (the kernel reuses the bytes afterwards): use {@link #copy()} to keep one.
 * The layout is {@code struct pg_event} of peregrine.h, mirrored by {@link EventLayout}; which variable field holds
 * what is documented per accessor and in docs/probe.md.
 */
public final class SyscallRecord {

    /** AT_FDCWD: "relative to the current directory" in dirfd arguments. */
    public static final int AT_FDCWD = -100;
    private static final int CREAT_FLAGS = 0x241; // O_CREAT | O_WRONLY | O_TRUNC

    private MemorySegment seg = MemorySegment.NULL;
    private long base;
    private int length;
    private final long[] fieldOffset = new long[FIELDS];
    private final int[] fieldLength = new int[FIELDS];
    private long realtimeMinusMonotonic;

    SyscallRecord(long realtimeMinusMonotonic) {
        this.realtimeMinusMonotonic = realtimeMinusMonotonic;
    }

    /** Points this view at a record; false (and the view is unusable) if the record is malformed. */
    boolean wrap(MemorySegment segment, long offset, int size) {
        this.seg = segment;
        this.base = offset;
        this.length = size;
        if (size < SIZE) {
            return false;
        }
        long next = offset + SIZE;
        long end = offset + size;
        for (int i = 0; i < FIELDS; i++) {
            int n = u16(LEN + 2 * i);
            fieldOffset[i] = next;
            fieldLength[i] = n;
            next += n;
        }
        return next <= end;
    }

    // ---- header ----

    public int kind() { return u16(KIND); }
    public boolean isSyscall() { return kind() == KIND_SYSCALL; }
    public boolean isFork() { return kind() == KIND_FORK; }
    public boolean isExit() { return kind() == KIND_EXIT; }
    /** Syscall number (x86_64) or {@link SyscallNumbers#PROC_FORK}/{@link SyscallNumbers#PROC_EXIT}. */
    public int syscall() { return u16(SLOT); }
    public String syscallName() { return SyscallNumbers.name(syscall()); }
    /** CLOCK_MONOTONIC nanoseconds when the kernel captured the record. */
    public long monotonicNanos() { return seg.get(ValueLayout.JAVA_LONG_UNALIGNED, base + TS_NS); }
    /** Wall clock nanoseconds since the epoch (monotonic time shifted by the offset measured at probe start). */
    public long timestampNanos() { return monotonicNanos() + realtimeMinusMonotonic; }
    public int flags() { return i32(FLAGS); }
    public int pid() { return i32(TGID); }
    public int tid() { return i32(TID); }
    public int ppid() { return i32(PPID); }
    public int uid() { return i32(UID); }
    public int gid() { return i32(GID); }
    public int euid() { return i32(EUID); }
    public int egid() { return i32(EGID); }
    /** Return value (negative errno on failure); for exit records the wait status (exit code << 8 | signal). */
    public long ret() { return seg.get(ValueLayout.JAVA_LONG_UNALIGNED, base + RET); }
    public boolean failed() { return isSyscall() && ret() < 0; }
    /** Raw argument i (0..5) as passed by the task. */
    public long arg(int i) { return seg.get(ValueLayout.JAVA_LONG_UNALIGNED, base + ARGS + 8L * checkIndex(i, 6)); }
    public long cgroupId() { return seg.get(ValueLayout.JAVA_LONG_UNALIGNED, base + CGROUP_ID); }
    public String comm() { return FieldText.cString(seg, base + COMM, 16); }
    /** The task's tid in its own PID namespace (the host tid for host tasks); 0 when it could not be read. */
    public int nsTid() { return seg.get(ValueLayout.JAVA_INT_UNALIGNED, base + NS_TID); }
    /** A path or list was cut (deeper than 48 components or longer than 4 KiB). */
    public boolean truncated() { return (flags() & FLAG_TRUNCATED) != 0; }

    // ---- exec (successful execve/execveat: state of the new image) ----

    public boolean hasExecInfo() { return (flags() & FLAG_EXEC) != 0; }
    /** Absolute path of the executed file (mm->exe_file), or for a failed exec the filename argument as given. */
    public String exePath() { return hasExecInfo() ? reversedPath(0) : string(0); }
    /** argv of the new image (mm->arg_start..arg_end); empty for a failed exec. */
    public List<String> argv() { return hasExecInfo() ? FieldText.list(seg, fieldOffset[1], fieldLength[1]) : List.of(); }
    /** Current directory at exec, or null for a failed exec. */
    public String cwd() { return hasExecInfo() ? reversedPath(2) : null; }
    /** Audit login uid; -1 when unset. Exec records only. */
    public long loginUid() { int v = i32(LOGINUID); return v == -1 ? -1 : Integer.toUnsignedLong(v); }
    public long capEffective() { return seg.get(ValueLayout.JAVA_LONG_UNALIGNED, base + CAP_EFF); }
    /** Controlling terminal as (major << 20) | minor, 0 for none. Exec records only. */
    public int tty() { return i32(TTY); }
    public boolean exeFromMemfd() { return (flags() & FLAG_EXE_MEMFD) != 0; }

    // ---- paths (field 0 = first path argument, field 1 = second; see docs/probe.md) ----

    /** Field i as a C string, or null if absent. */
    public String string(int field) {
        int n = fieldLength[checkIndex(field, FIELDS)];
        return n == 0 ? null : FieldText.cString(seg, fieldOffset[field], n);
    }
    /** The first path argument (open*, creat, mkdir*, unlink*, chmod/fchmodat, memfd name, mount source...). */
    public String path() { return hasExecInfo() ? exePath() : string(0); }
    /** The second path (link/rename/symlink target side, mount target). */
    public String path2() { return string(1); }
    public int fieldLength(int field) { return fieldLength[checkIndex(field, FIELDS)]; }

    /** The directory fd a relative path is resolved against (AT_FDCWD for the non-*at syscalls). */
    public int dirfd() {
        return switch (syscall()) {
            case OPENAT, OPENAT2, MKDIRAT, UNLINKAT, FCHMODAT, FCHMODAT2, RENAMEAT, RENAMEAT2, LINKAT, EXECVEAT ->
                    (int) arg(0);
            case SYMLINKAT -> (int) arg(1);
            default -> AT_FDCWD;
        };
    }

    /** open flags (O_*), or -1 if not an open. */
    public int openFlags() {
        return switch (syscall()) {
            case OPEN -> (int) arg(1);
            case OPENAT -> (int) arg(2);
            case OPENAT2 -> (flags() & FLAG_HOW) != 0 ? (int) aux(0) : -1;
            case CREAT -> CREAT_FLAGS;
            default -> -1;
        };
    }

    /** The mode argument (open/creat/mkdir/chmod family), or -1. */
    public int mode() {
        return switch (syscall()) {
            case OPEN, OPENAT -> (int) arg(syscall() == OPEN ? 2 : 3);
            case OPENAT2 -> (flags() & FLAG_HOW) != 0 ? (int) aux(1) : -1;
            case CREAT, MKDIR, CHMOD, FCHMOD -> (int) arg(1);
            case MKDIRAT, FCHMODAT, FCHMODAT2 -> (int) arg(2);
            default -> -1;
        };
    }

    public long aux(int i) { return seg.get(ValueLayout.JAVA_LONG_UNALIGNED, base + AUX + 8L * checkIndex(i, 2)); }

    // ---- sockets ----

    /** The kernel socket behind the fd was read (connect, accept*, bind, listen, sendto, sendmsg). */
    public boolean hasSocket() { return (flags() & FLAG_SOCK) != 0; }
    public int socketFamily() { return u16(SK_FAMILY); }
    public int socketType() { return u16(SK_TYPE); }
    public int localPort() { return u16(SK_SPORT); }
    public int remotePort() { return u16(SK_DPORT); }
    public String localIp() { return tupleIp(SK_SADDR); }
    public String remoteIp() { return tupleIp(SK_DADDR); }
    /** Family of the sockaddr argument (connect/bind/sendto/sendmsg), or -1. */
    public int sockaddrFamily() { return SockAddrs.family(seg, fieldOffset[0], sockaddrLength()); }
    public int sockaddrPort() { return SockAddrs.port(seg, fieldOffset[0], sockaddrLength()); }
    public String sockaddrIp() { return SockAddrs.ip(seg, fieldOffset[0], sockaddrLength()); }
    public String unixPath() { return SockAddrs.unixPath(seg, fieldOffset[0], sockaddrLength()); }

    // ---- lifecycle ----

    public int childTid() { return isFork() ? (int) aux(0) : -1; }
    public int childPid() { return isFork() ? (int) aux(1) : -1; }
    /** Exit records: the whole thread group is gone (last thread). */
    public boolean groupDead() { return isExit() && aux(0) != 0; }

    /**
     * A reusable view for records kept past their handler (the correlator holds some for a few milliseconds): point
     * it at a copy with {@link #copyFrom}, or at bytes already in memory with {@link #view}. Same clock offset as this
     * record's.
     */
    public SyscallRecord newHolder() {
        return new SyscallRecord(realtimeMinusMonotonic);
    }

    /** A holder not tied to a probe's clock (tests, replays): epoch time equals the monotonic time plus the offset. */
    public static SyscallRecord holder(long realtimeMinusMonotonic) {
        return new SyscallRecord(realtimeMinusMonotonic);
    }

    /** The record's size in bytes: what {@link #copyFrom} needs in its buffer. */
    public int length() {
        return length;
    }

    /**
     * Copies {@code source}'s bytes into {@code buffer} (at least {@code source.length()} bytes) and points this view
     * at the copy, without allocating; false (this view unusable) if the buffer is too small.
     */
    public boolean copyFrom(SyscallRecord source, MemorySegment buffer) {
        if (buffer.byteSize() < source.length) {
            return false;
        }
        MemorySegment.copy(source.seg, source.base, buffer, 0, source.length);
        return wrap(buffer, 0, source.length);
    }

    /** Points this view at a whole record in {@code bytes}; false if it is malformed. */
    public boolean view(MemorySegment bytes) {
        return wrap(bytes, 0, (int) bytes.byteSize());
    }

    /** An independent copy (allocates) that stays valid after the handler returns. */
    public SyscallRecord copy() {
        byte[] bytes = new byte[length];
        MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, base, bytes, 0, length);
        SyscallRecord r = new SyscallRecord(realtimeMinusMonotonic);
        r.wrap(MemorySegment.ofArray(bytes), 0, length);
        return r;
    }

    @Override
    public String toString() {
        return syscallName() + "(pid=" + pid() + " tid=" + tid() + " ppid=" + ppid() + " uid=" + uid() + " comm="
                + comm() + " ret=" + ret() + " path=" + path() + " path2=" + path2() + ")";
    }

    private int sockaddrLength() {
        return switch (syscall()) {
            case CONNECT, BIND, SENDTO, SENDMSG -> fieldLength[0];
            default -> 0;
        };
    }

    private String tupleIp(int offset) {
        int family = socketFamily();
        return hasSocket() && (family == SockAddrs.AF_INET || family == SockAddrs.AF_INET6)
                ? SockAddrs.address(seg, base + offset, family) : null;
    }

    private String reversedPath(int field) {
        return FieldText.reversedPath(seg, fieldOffset[field], fieldLength[field]);
    }

    private int u16(int offset) { return Short.toUnsignedInt(seg.get(ValueLayout.JAVA_SHORT_UNALIGNED, base + offset)); }
    private int i32(int offset) { return seg.get(ValueLayout.JAVA_INT_UNALIGNED, base + offset); }

    private static int checkIndex(int i, int n) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException(i);
        }
        return i;
    }
}
