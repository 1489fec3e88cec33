package dev.peregrine.probe.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the {@link FdInfo} of an fd we did not see being created (opened before the probe started, or by an
 * uncaptured syscall such as pipe or eventfd) from {@code /proc/PID/fd/N} and, for sockets, the inode tables of
 * {@link NetTables}. The result is cached in the process's {@link FdTable}, so each fd is read at most once.
 */
public final class ProcFds {
    private final Path proc;

    public ProcFds(Path procRoot) {
        this.proc = procRoot;
    }

    /** The fd's description, or {@code null} when it (or the process) no longer exists. */
    public FdInfo read(int pid, int fd) {
        Path link = proc.resolve(pid + "/fd/" + fd);
        String target;
        try {
            target = Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
        boolean cloexec = cloexec(pid, fd);
        if (target.startsWith("socket:[")) {
            long inode = Long.parseLong(target.substring(8, target.length() - 1));
            FdInfo sock = NetTables.find(proc.resolve(pid + "/net"), inode, cloexec);
            return sock != null ? sock : FdInfo.other(FdType.UNKNOWN, target, cloexec);
        }
        if (target.startsWith("pipe:[")) {
            return FdInfo.other(FdType.PIPE, target, cloexec);
        }
        if (target.startsWith("anon_inode:")) {
            return FdInfo.other(anonType(target), target, cloexec);
        }
        if (target.startsWith("/memfd:")) {
            return FdInfo.other(FdType.MEMFD, memfdName(target), cloexec);
        }
        if (target.startsWith("/")) {
            FdType type = Files.isDirectory(link) ? FdType.DIRECTORY : FdType.FILE;
            return new FdInfo(type, target, null, null, null, 0, cloexec);
        }
        return FdInfo.other(FdType.UNKNOWN, target, cloexec);
    }

    /** Falco's name of a memfd: {@code memfd:NAME}, from the link text {@code /memfd:NAME (deleted)}. */
    static String memfdName(String target) {
        String t = target.endsWith(" (deleted)") ? target.substring(0, target.length() - 10) : target;
        return t.substring(1);
    }

    private static FdType anonType(String target) {
        String kind = target.substring("anon_inode:".length()).replace("[", "").replace("]", "");
        return switch (kind) {
            case "eventfd" -> FdType.EVENT;
            case "signalfd" -> FdType.SIGNALFD;
            case "eventpoll" -> FdType.EVENTPOLL;
            case "inotify" -> FdType.INOTIFY;
            case "timerfd" -> FdType.TIMERFD;
            case "userfaultfd" -> FdType.USERFAULTFD;
            case "io_uring" -> FdType.IO_URING;
            case "pidfd" -> FdType.PIDFD;
            default -> kind.startsWith("bpf") ? FdType.BPF : FdType.UNKNOWN;
        };
    }

    /** The {@code flags} line of {@code fdinfo} is octal and includes O_CLOEXEC when set. */
    private boolean cloexec(int pid, int fd) {
        try {
            for (String line : Files.readAllLines(proc.resolve(pid + "/fdinfo/" + fd))) {
                if (line.startsWith("flags:")) {
                    return (Integer.parseInt(line.substring(6).trim(), 8) & OpenFlags.O_CLOEXEC) != 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone or unreadable: assume it survives exec, the safer guess for detection
        }
        return false;
    }
}
