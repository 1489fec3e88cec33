package dev.peregrine.probe.fields;

import java.util.List;

/**
 * What the field binding needs from one decoded kernel record. The method names and meanings are those of
 * {@code dev.peregrine.probe.kernel.SyscallRecord}, so the record can implement this interface directly (or be
 * wrapped by {@link KernelRecordData}); tests implement it with plain fields.
 *
 * <p>Strings may be decoded on every call; {@link SyscallEvent} calls each string getter at most once per event.
 */
public interface SyscallData {

    /** A syscall exit record (as opposed to a task fork or exit). */
    boolean isSyscall();

    /** {@code sched_process_fork}: {@link #pid()}/{@link #tid()} are the parent's, the child is in childTid/childPid. */
    boolean isFork();

    /** {@code sched_process_exit} of thread {@link #tid()}; {@link #ret()} is the wait status. */
    boolean isExit();

    /** {@code openat}, {@code procexit}...: Falco's event type. */
    String syscallName();

    /** Nanoseconds since the epoch. */
    long timestampNanos();

    /** Thread group id of the task. */
    int pid();

    int tid();

    int ppid();

    int uid();

    int gid();

    int euid();

    int egid();

    /** The syscall's return value, negative errno on failure. */
    long ret();

    /** Raw syscall argument {@code i} (0..5). */
    long arg(int i);

    /** The task's comm at the time of the record. */
    String comm();

    /** A successful exec record carrying the new image's state. */
    boolean hasExecInfo();

    String exePath();

    List<String> argv();

    String cwd();

    /** Audit login uid, -1 when unset. */
    long loginUid();

    long capEffective();

    /** Exec records: the task's cgroup v2 id (the inode of its cgroup directory); 0 when unknown. */
    long cgroupId();

    int tty();

    boolean exeFromMemfd();

    /** The first path argument (open*, creat, mkdir*, unlink*, chmod, symlink target, link/rename old path...). */
    String path();

    /** The second path argument (link/rename new path, symlink link path, mount target). */
    String path2();

    /** The directory fd relative paths resolve against; {@code AT_FDCWD} (-100) for the non-*at syscalls. */
    int dirfd();

    /** Open flags of open/openat/openat2/creat, else -1. */
    int openFlags();

    /** The mode argument of open/creat/mkdir/chmod families, else -1. */
    int mode();

    /** The kernel socket behind the fd was read (connect, accept*, bind, listen, sendto, sendmsg). */
    boolean hasSocket();

    int socketFamily();

    int socketType();

    int localPort();

    int remotePort();

    String localIp();

    String remoteIp();

    /** Family of the sockaddr argument (connect/bind/sendto/sendmsg), or -1. */
    int sockaddrFamily();

    int sockaddrPort();

    String sockaddrIp();

    String unixPath();

    /** Fork records: the new task's thread id. */
    int childTid();

    /** Fork records: the new task's thread group id. */
    int childPid();

    /** Exit records: the last thread of the group exited. */
    boolean groupDead();
}
