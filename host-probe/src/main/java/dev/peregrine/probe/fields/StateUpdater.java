package dev.peregrine.probe.fields;

import dev.peregrine.probe.state.FdInfo;
import dev.peregrine.probe.state.FdTable;
import dev.peregrine.probe.state.FdType;
import dev.peregrine.probe.state.HostState;
import dev.peregrine.probe.state.OpenFlags;
import dev.peregrine.probe.state.ProcessInfo;
import dev.peregrine.probe.state.ProcessTable;
import dev.peregrine.probe.state.SocketTuple;

/**
 * Applies one kernel record to the host state before rules see it, as libsinsp's parsers do, and tells the event
 * which fd it concerns. Fork and exec update the process table; fd-creating calls (open*, creat, socket, accept*,
 * dup*, memfd_create) and socket state changes (connect, bind, listen, sendto/sendmsg on unconnected UDP) update the
 * fd table. Only successful calls change state; a failed open still gets a transient fd (number -1) describing the
 * path it tried, which Falco rules rely on ({@code fd.num=-1 and evt.res startswith E}).
 *
 * <p>Exits are applied after evaluation ({@link #afterEvaluation}) so a {@code procexit} rule still sees the process.
 */
final class StateUpdater {
    private static final int AF_UNIX = 1;
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int AF_NETLINK = 16;
    private static final int SOCK_STREAM = 1;
    private static final int SOCK_DGRAM = 2;
    private static final int SOCK_RAW = 3;
    private static final int SOCK_TYPE_MASK = 0xf;
    private static final int SOCK_CLOEXEC = 02000000;
    private static final int MFD_CLOEXEC = 1;
    private static final long EINPROGRESS = -115;

    private final HostState state;

    StateUpdater(HostState state) {
        this.state = state;
    }

    void apply(SyscallEvent ev) {
        SyscallData d = ev.data();
        ProcessTable table = state.processes();
        if (d.isFork()) {
            table.onFork(d.pid(), d.childTid(), d.childPid(), d.childPid() == d.pid(), d.timestampNanos());
            return;
        }
        if (!d.isSyscall()) {
            return;
        }
        ProcessInfo p = ev.process();
        if (p != null) {
            table.onCredentials(p, d.uid(), d.euid(), d.gid(), d.egid());
        }
        long ret = d.ret();
        switch (ev.type()) {
            case "execve", "execveat" -> exec(ev, d, ret);
            case "open", "openat", "openat2", "creat" -> open(ev, d, p, ret);
            case "socket" -> {
                if (ret >= 0 && p != null) {
                    put(ev, p, (int) ret, newSocket((int) d.arg(0), (int) d.arg(1)));
                }
            }
            case "connect" -> connect(ev, d, p, ret);
            case "accept", "accept4" -> accept(ev, d, p, ret);
            case "bind" -> bind(ev, d, p, ret);
            case "listen", "sendto", "sendmsg" -> sendOrListen(ev, d, p, ret);
            case "dup", "dup2", "dup3" -> dup(ev, d, p, ret);
            case "memfd_create" -> {
                if (ret >= 0 && p != null) {
                    String name = "memfd:" + (ev.path() == null ? "" : ev.path());
                    put(ev, p, (int) ret, FdInfo.other(FdType.MEMFD, name, (d.arg(1) & MFD_CLOEXEC) != 0));
                }
            }
            case "fchmod", "setns", "finit_module" -> ev.fd((int) d.arg(0), null);
            default -> {
                // no fd and no state change: link/rename/unlink/mkdir/chmod/set*id/ptrace/mount/unshare...
            }
        }
    }

    /** Frees what an exit record ended, once the rules have seen it. */
    void afterEvaluation(SyscallEvent ev) {
        SyscallData d = ev.data();
        if (d.isExit()) {
            state.processes().onExit(d.tid(), d.pid());
        }
    }

    private void exec(SyscallEvent ev, SyscallData d, long ret) {
        if (ret != 0 || !d.hasExecInfo()) {
            return;
        }
        ProcessTable table = state.processes();
        ProcessInfo p = table.onExec(d.tid(), d.pid(), d.exePath(), d.argv(), d.cwd(), d.comm());
        table.onParent(p, d.ppid());
        table.onCredentials(p, d.uid(), d.euid(), d.gid(), d.egid());
        long login = d.loginUid();
        table.onExecDetails(p, login < 0 || login > Integer.MAX_VALUE ? ProcessInfo.NO_LOGINUID : (int) login,
            d.tty(), d.capEffective());
        table.onCgroup(p, d.cgroupId());
        ev.forgetProcess();
    }

    private void open(SyscallEvent ev, SyscallData d, ProcessInfo p, long ret) {
        int flags = d.openFlags();
        if (flags < 0) {
            flags = 0;
        }
        String name = ev.absPath();
        FdType type = (flags & OpenFlags.O_DIRECTORY) != 0 && (flags & OpenFlags.O_TMPFILE) != OpenFlags.O_TMPFILE
            ? FdType.DIRECTORY : FdType.FILE;
        FdInfo info = FdInfo.file(type, name, ev.path(), flags);
        if (ret >= 0 && p != null) {
            put(ev, p, (int) ret, info);
        } else {
            ev.fd(-1, info);
        }
    }

    private void connect(SyscallEvent ev, SyscallData d, ProcessInfo p, long ret) {
        int fd = (int) d.arg(0);
        ev.fd(fd, null);
        if ((ret != 0 && ret != EINPROGRESS) || p == null) {
            return;
        }
        FdInfo old = state.fd(p, fd);
        FdInfo now;
        if (d.sockaddrFamily() == AF_UNIX) {
            now = FdInfo.other(FdType.UNIX, d.unixPath(), old != null && old.cloexec());
        } else {
            SocketTuple t = tuple(d, false);
            if (t == null) {
                return;
            }
            now = FdInfo.socket(ipType(t), t, l4(d, old), old != null && old.cloexec());
        }
        replace(ev, p, fd, old, now);
    }

    private void accept(SyscallEvent ev, SyscallData d, ProcessInfo p, long ret) {
        if (ret < 0 || p == null) {
            return;
        }
        boolean cloexec = ev.type().equals("accept4") && (d.arg(3) & SOCK_CLOEXEC) != 0;
        FdInfo listener = state.fd(p, (int) d.arg(0));
        FdInfo info;
        SocketTuple t = tuple(d, true);
        if (t != null) {
            info = FdInfo.socket(ipType(t), t, l4(d, listener), cloexec);
        } else if (listener != null && listener.type() == FdType.UNIX) {
            info = FdInfo.other(FdType.UNIX, listener.name(), cloexec);
        } else {
            info = FdInfo.other(listener != null ? listener.type() : FdType.UNKNOWN, "", cloexec);
        }
        put(ev, p, (int) ret, info);
    }

    private void bind(SyscallEvent ev, SyscallData d, ProcessInfo p, long ret) {
        int fd = (int) d.arg(0);
        ev.fd(fd, null);
        if (ret != 0 || p == null) {
            return;
        }
        FdInfo old = state.fd(p, fd);
        boolean cloexec = old != null && old.cloexec();
        FdInfo now;
        if (d.sockaddrFamily() == AF_UNIX) {
            now = FdInfo.other(FdType.UNIX, d.unixPath(), cloexec);
        } else {
            String ip = d.hasSocket() && d.localIp() != null ? d.localIp() : d.sockaddrIp();
            int port = d.hasSocket() ? d.localPort() : d.sockaddrPort();
            if (ip == null) {
                return;
            }
            SocketTuple t = new SocketTuple(IpNames.normalize(ip), port, null, 0, true);
            now = FdInfo.socket(ipType(t), t, l4(d, old), cloexec);
        }
        replace(ev, p, fd, old, now);
    }

    /** listen: the socket becomes a server. sendto/sendmsg on an unconnected UDP socket: the tuple changes. */
    private void sendOrListen(SyscallEvent ev, SyscallData d, ProcessInfo p, long ret) {
        int fd = (int) d.arg(0);
        ev.fd(fd, null);
        if (ret < 0 || p == null || !d.hasSocket()) {
            return;
        }
        FdInfo old = state.fd(p, fd);
        boolean listen = ev.type().equals("listen");
        if (!listen && (d.sockaddrFamily() != AF_INET && d.sockaddrFamily() != AF_INET6
            || old != null && old.tuple() != null && old.tuple().connected())) {
            return;
        }
        SocketTuple t = listen ? tuple(d, true) : udpTuple(d);
        if (t != null) {
            replace(ev, p, fd, old, FdInfo.socket(ipType(t), t, l4(d, old), old != null && old.cloexec()));
        }
    }

    private void dup(SyscallEvent ev, SyscallData d, ProcessInfo p, long ret) {
        if (ret < 0 || p == null) {
            return;
        }
        int oldFd = (int) d.arg(0);
        state.fd(p, oldFd); // fill the source lazily so the copy carries a name
        boolean cloexec = ev.type().equals("dup3") && (d.arg(2) & OpenFlags.O_CLOEXEC) != 0;
        FdTable fds = p.fds();
        if ((int) ret != oldFd) {
            fds.dup(oldFd, (int) ret, cloexec);
        }
        ev.fd((int) ret, fds.get((int) ret));
    }

    private static void put(SyscallEvent ev, ProcessInfo p, int fd, FdInfo info) {
        p.fds().put(fd, info);
        ev.fd(fd, info);
    }

    private static void replace(SyscallEvent ev, ProcessInfo p, int fd, FdInfo old, FdInfo now) {
        p.fds().put(fd, now);
        ev.fd(fd, now);
        ev.nameChanged(old == null || !now.name().equals(old.name()));
    }

    /** The kernel socket's addresses; {@code localIsServer} for accept and listen. */
    private static SocketTuple tuple(SyscallData d, boolean localIsServer) {
        if (d.hasSocket() && d.localIp() != null) {
            String remote = d.remoteIp();
            boolean connected = remote != null && (d.remotePort() != 0 || !IpNames.isAny(remote));
            return new SocketTuple(IpNames.normalize(d.localIp()), d.localPort(),
                connected ? IpNames.normalize(remote) : null, connected ? d.remotePort() : 0, localIsServer);
        }
        if (!localIsServer && d.sockaddrIp() != null) {
            // connect without socket details: at least the destination is known
            return new SocketTuple(IpNames.any(d.sockaddrFamily() == AF_INET6), 0,
                IpNames.normalize(d.sockaddrIp()), d.sockaddrPort(), false);
        }
        return null;
    }

    private static SocketTuple udpTuple(SyscallData d) {
        String remote = d.sockaddrIp();
        if (remote == null) {
            return null;
        }
        String local = d.localIp() != null ? IpNames.normalize(d.localIp()) : IpNames.any(d.sockaddrFamily() == AF_INET6);
        return new SocketTuple(local, d.localPort(), IpNames.normalize(remote), d.sockaddrPort(), false);
    }

    private static FdType ipType(SocketTuple t) {
        String ip = t.localIp() != null ? t.localIp() : t.remoteIp();
        return ip != null && ip.indexOf(':') >= 0 ? FdType.IPV6 : FdType.IPV4;
    }

    private static String l4(SyscallData d, FdInfo old) {
        if (old != null && old.l4proto() != null) {
            return old.l4proto();
        }
        return d.hasSocket() ? l4(d.socketType()) : null;
    }

    private static String l4(int socketType) {
        return switch (socketType & SOCK_TYPE_MASK) {
            case SOCK_STREAM -> "tcp";
            case SOCK_DGRAM -> "udp";
            case SOCK_RAW -> "raw";
            default -> null;
        };
    }

    private static FdInfo newSocket(int domain, int type) {
        boolean cloexec = (type & SOCK_CLOEXEC) != 0;
        return switch (domain) {
            case AF_INET -> FdInfo.socket(FdType.IPV4, null, l4(type), cloexec);
            case AF_INET6 -> FdInfo.socket(FdType.IPV6, null, l4(type), cloexec);
            case AF_UNIX -> FdInfo.other(FdType.UNIX, "", cloexec);
            case AF_NETLINK -> FdInfo.other(FdType.NETLINK, "", cloexec);
            default -> FdInfo.other(FdType.UNKNOWN, "", cloexec);
        };
    }
}
