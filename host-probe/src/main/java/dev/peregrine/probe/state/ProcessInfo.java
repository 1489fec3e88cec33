package dev.peregrine.probe.state;

import java.util.List;

/**
 * What we know about one thread group (a process): identity, credentials, command line, container, fds. Threads
 * share their leader's object. Mutable because exec and set*id change a live process; every string is computed
 * once per change (the command line text on exec, the capability names on first use), never per event.
 */
public final class ProcessInfo {
    public static final int NO_LOGINUID = -1;

    final int tgid;
    int ppid;
    int sid;
    int pgid;
    int tty;
    String comm;
    String exePath;
    String exe;
    List<String> args = List.of();
    private String argsText;
    private String cmdline;
    private String exeline;
    String cwd;
    int uid;
    int euid;
    int gid;
    int egid;
    int loginUid = NO_LOGINUID;
    ContainerId container = ContainerId.HOST;
    /** The v2 cgroup id {@link #container} was derived for; 0 = unknown. */
    long cgroupId;
    long startNanos;
    long capEffective;
    long capPermitted;
    long capInheritable;
    private String capEffectiveText;
    private String capPermittedText;
    private String capInheritableText;
    FdTable fds = new FdTable();
    int liveThreads = 1;
    long lastUsed;

    ProcessInfo(int tgid) {
        this.tgid = tgid;
    }

    /** A forked child: everything but identity is inherited, including a copy of the fd table. */
    ProcessInfo forkChild(int childTgid) {
        ProcessInfo c = new ProcessInfo(childTgid);
        c.ppid = tgid;
        c.sid = sid;
        c.pgid = pgid;
        c.tty = tty;
        c.comm = comm;
        c.exePath = exePath;
        c.exe = exe;
        c.args = args;
        c.argsText = argsText;
        c.cmdline = cmdline;
        c.exeline = exeline;
        c.cwd = cwd;
        c.uid = uid;
        c.euid = euid;
        c.gid = gid;
        c.egid = egid;
        c.loginUid = loginUid;
        c.container = container;
        c.cgroupId = cgroupId;
        c.capEffective = capEffective;
        c.capPermitted = capPermitted;
        c.capInheritable = capInheritable;
        c.capEffectiveText = capEffectiveText;
        c.capPermittedText = capPermittedText;
        c.capInheritableText = capInheritableText;
        c.fds = fds.copy();
        return c;
    }

    /**
     * This process as it is now, frozen (same pid, parent, fd table): for an event evaluated after the process has
     * changed, e.g. an exec the correlator held while the same process exec'd again.
     */
    public ProcessInfo snapshot() {
        ProcessInfo s = forkChild(tgid);
        s.ppid = ppid;
        s.startNanos = startNanos;
        s.fds = fds;
        s.liveThreads = liveThreads;
        return s;
    }

    void setCommand(String newExe, List<String> newArgs) {
        exe = newExe;
        args = newArgs == null ? List.of() : List.copyOf(newArgs);
        argsText = String.join(" ", args);
        cmdline = null;
        exeline = null;
    }

    void setCaps(long effective, long permitted, long inheritable) {
        if (effective != capEffective) {
            capEffectiveText = null;
        }
        if (permitted != capPermitted) {
            capPermittedText = null;
        }
        if (inheritable != capInheritable) {
            capInheritableText = null;
        }
        capEffective = effective;
        capPermitted = permitted;
        capInheritable = inheritable;
    }

    public int tgid() { return tgid; }
    public int ppid() { return ppid; }
    public int sid() { return sid; }
    public int pgid() { return pgid; }
    /** The controlling terminal's device number, 0 when none (Falco's {@code proc.tty}). */
    public int tty() { return tty; }
    /** {@code proc.name}: the kernel's comm (at most 15 characters). */
    public String comm() { return comm; }
    /** {@code proc.exepath}: the full path of the executable. */
    public String exePath() { return exePath; }
    /** {@code proc.exe}: argv[0]. */
    public String exe() { return exe; }
    /** The arguments after argv[0]. */
    public List<String> args() { return args; }
    /** {@code proc.args}: the arguments after argv[0], space separated. */
    public String argsText() { return argsText == null ? "" : argsText; }
    public String cwd() { return cwd; }
    public int uid() { return uid; }
    public int euid() { return euid; }
    public int gid() { return gid; }
    public int egid() { return egid; }
    /** The audit login uid, {@link #NO_LOGINUID} when unset (Falco shows -1). */
    public int loginUid() { return loginUid; }
    public ContainerId container() { return container; }
    /** Start time, nanoseconds since the epoch. */
    public long startNanos() { return startNanos; }
    public long capEffective() { return capEffective; }
    public FdTable fds() { return fds; }
    public int liveThreads() { return liveThreads; }

    /** {@code proc.is_exe_from_memfd}: the executable is an anonymous memfd file. */
    public boolean exeFromMemfd() {
        return exePath != null && exePath.startsWith("/memfd:");
    }

    /** {@code proc.cmdline}: {@code proc.name} followed by the arguments, as Falco builds it. */
    public String cmdline() {
        String c = cmdline;
        if (c == null) {
            String name = comm == null ? "" : comm;
            c = args.isEmpty() ? name : name + " " + argsText();
            cmdline = c;
        }
        return c;
    }

    /** {@code proc.exeline}: argv[0] followed by the arguments. */
    public String exeline() {
        String c = exeline;
        if (c == null) {
            String e = exe == null ? "" : exe;
            c = args.isEmpty() ? e : e + " " + argsText();
            exeline = c;
        }
        return c;
    }

    public String capEffectiveText() {
        String t = capEffectiveText;
        return t != null ? t : (capEffectiveText = Capabilities.names(capEffective));
    }

    public String capPermittedText() {
        String t = capPermittedText;
        return t != null ? t : (capPermittedText = Capabilities.names(capPermitted));
    }

    public String capInheritableText() {
        String t = capInheritableText;
        return t != null ? t : (capInheritableText = Capabilities.names(capInheritable));
    }

    @Override
    public String toString() {
        return tgid + "(" + comm + ")";
    }
}
