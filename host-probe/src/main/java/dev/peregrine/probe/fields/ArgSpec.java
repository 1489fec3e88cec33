package dev.peregrine.probe.fields;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.probe.state.FdInfo;
import dev.peregrine.probe.state.ProcessInfo;

/**
 * One named argument of a syscall's exit event, as Falco names it ({@code openat}: fd, dirfd, name, flags, mode),
 * and where its value comes from in our record. {@link #text} is Falco's rendering ({@code evt.arg.NAME}),
 * {@link #raw} the number behind it ({@code evt.rawarg.NAME}), or {@link Accessor#ABSENT} for text-only arguments.
 */
final class ArgSpec {
    enum Kind {
        RES, FD_RES, FD, DIRFD, INT, HEX, MODE, OPEN_FLAGS, FLAGS, PATH, PATH2, TUPLE, SOCKADDR, EXE, ARGS, CWD,
        TID, PID, PTID, COMM, TTY, LOGINUID, EXE_FLAGS, CAP_EFFECTIVE, UID, GID, EXEPATH, STATUS, EXIT_CODE, SIGNAL,
        CORE, CHILD_TID, CHILD_PID, MISSING
    }

    final String name;
    final Kind kind;
    final int index;
    final FlagText flags;

    ArgSpec(String name, Kind kind, int index, FlagText flags) {
        this.name = name;
        this.kind = kind;
        this.index = index;
        this.flags = flags;
    }

    long raw(SyscallEvent e) {
        SyscallData d = e.data();
        return switch (kind) {
            case RES, FD_RES -> d.ret();
            case FD, DIRFD, INT, HEX, FLAGS -> kind == Kind.HEX ? d.arg(index) : (int) d.arg(index);
            case MODE -> d.mode();
            case OPEN_FLAGS -> d.openFlags();
            case TID -> d.tid();
            case PID -> d.pid();
            case PTID -> ppid(e);
            case TTY -> d.tty();
            case LOGINUID -> d.loginUid();
            case EXE_FLAGS -> d.exeFromMemfd() ? FlagText.EXE_FROM_MEMFD : 0;
            case CAP_EFFECTIVE -> d.capEffective();
            case UID -> d.euid();
            case GID -> d.egid();
            case STATUS -> d.ret();
            case EXIT_CODE -> (d.ret() >> 8) & 0xff;
            case SIGNAL -> d.ret() & 0x7f;
            case CORE -> (d.ret() >> 7) & 1;
            case CHILD_TID -> d.childTid();
            case CHILD_PID -> d.childPid();
            default -> Accessor.ABSENT;
        };
    }

    String text(SyscallEvent e) {
        SyscallData d = e.data();
        return switch (kind) {
            case RES -> d.ret() < 0 ? d.ret() + "(" + Errno.result(d.ret()) + ")" : Long.toString(d.ret());
            case FD_RES -> d.ret() < 0 ? d.ret() + "(" + Errno.result(d.ret()) + ")" : fdText(e, (int) d.ret());
            case FD -> fdText(e, (int) d.arg(index));
            case DIRFD -> (int) d.arg(index) == SyscallEvent.AT_FDCWD ? "-100(AT_FDCWD)" : fdText(e, (int) d.arg(index));
            case HEX -> "0x" + Long.toHexString(d.arg(index));
            case MODE -> d.mode() < 0 ? null : "0" + Integer.toOctalString(d.mode());
            case OPEN_FLAGS -> d.openFlags() < 0 ? null : FlagText.OPEN.render(d.openFlags());
            case FLAGS -> flags.render(flags == FlagText.CLONE || flags == FlagText.MOUNT
                ? d.arg(index) & 0xffffffffL : (int) d.arg(index));
            case PATH -> e.path();
            case PATH2 -> e.path2();
            case TUPLE, SOCKADDR -> socket(e);
            case EXE -> d.argv().isEmpty() ? d.exePath() : d.argv().get(0);
            case ARGS -> d.argv().size() <= 1 ? "" : String.join(" ", d.argv().subList(1, d.argv().size()));
            case CWD -> d.cwd();
            case COMM -> d.comm();
            case EXE_FLAGS -> FlagText.EXE.render(raw(e));
            case EXEPATH -> d.exePath();
            case CAP_EFFECTIVE -> dev.peregrine.probe.state.Capabilities.names(d.capEffective());
            case MISSING -> null;
            default -> {
                long v = raw(e);
                yield v == Accessor.ABSENT ? null : Long.toString(v);
            }
        };
    }

    /** Falco renders an fd argument with its type and name: {@code 3(<f>/etc/passwd)}. */
    private static String fdText(SyscallEvent e, int fd) {
        FdInfo info = fd < 0 ? null : e.state().fd(e.process(), fd);
        return info == null ? Integer.toString(fd) : fd + "(<" + info.type().typeChar() + ">" + info.name() + ")";
    }

    private static String socket(SyscallEvent e) {
        FdInfo fd = e.hasFd() ? e.fd() : null;
        if (fd != null && !fd.name().isEmpty()) {
            return fd.name();
        }
        SyscallData d = e.data();
        if (d.unixPath() != null) {
            return d.unixPath();
        }
        return d.sockaddrIp() == null ? null : IpNames.normalize(d.sockaddrIp()) + ":" + d.sockaddrPort();
    }

    private static long ppid(SyscallEvent e) {
        ProcessInfo p = e.process();
        return p == null ? e.data().ppid() : p.ppid();
    }
}
