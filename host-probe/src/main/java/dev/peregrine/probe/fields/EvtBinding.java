package dev.peregrine.probe.fields;

import static dev.peregrine.probe.fields.Acc.of;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.probe.state.FdInfo;
import dev.peregrine.probe.state.OpenFlags;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** {@code evt.*} fields: the event itself. Argument fields are in {@link ArgBinding}. */
final class EvtBinding {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private EvtBinding() {
    }

    static Accessor bind(String name, String arg, long startNanos, String hostname) {
        return switch (name) {
            case "evt.num" -> Acc.number(SyscallEvent::number);
            case "evt.type" -> Acc.text(SyscallEvent::type);
            case "evt.type.is" -> Acc.number(e -> of(e.type().equals(arg)));
            case "evt.dir" -> Acc.text(e -> "<");
            case "evt.category" -> Acc.text(EvtBinding::category);
            case "evt.time" -> Acc.text(e -> time(e, TIME, true, false));
            case "evt.time.s" -> Acc.text(e -> time(e, TIME, false, false));
            case "evt.time.iso8601" -> Acc.text(e -> time(e, ISO, true, true));
            case "evt.datetime" -> Acc.text(e -> time(e, DATETIME, true, false));
            case "evt.datetime.s" -> Acc.text(e -> time(e, DATETIME, false, false));
            case "evt.rawtime" -> Acc.number(SyscallEvent::timestampNanos);
            case "evt.rawtime.s" -> Acc.number(e -> e.timestampNanos() / 1_000_000_000L);
            case "evt.rawtime.ns" -> Acc.number(e -> e.timestampNanos() % 1_000_000_000L);
            case "evt.reltime" -> Acc.number(e -> e.timestampNanos() - startNanos);
            case "evt.res" -> Acc.text(e -> e.data().isSyscall() ? Errno.result(e.data().ret()) : null);
            case "evt.rawres" -> Acc.number(e -> e.data().isSyscall() ? e.data().ret() : Accessor.ABSENT);
            case "evt.failed" -> Acc.bool(e -> of(e.data().isSyscall() && e.data().ret() < 0));
            case "evt.is_io", "evt.is_io_write" -> Acc.bool(e -> of(isSend(e)));
            case "evt.is_io_read", "evt.is_wait" -> Acc.bool(e -> 0);
            case "evt.io_dir" -> Acc.text(e -> isSend(e) ? "w" : null);
            case "evt.is_syslog" -> Acc.bool(e -> of(isSend(e) && e.fd() != null && "/dev/log".equals(e.fd().name())));
            case "evt.is_open_read" -> Acc.bool(e -> of(isOpen(e) && OpenFlags.readable(flags(e))));
            case "evt.is_open_write" -> Acc.bool(e -> of(isOpen(e) && OpenFlags.writable(flags(e))));
            case "evt.is_open_exec" -> Acc.bool(e -> of(isOpen(e) && (flags(e) & (OpenFlags.O_CREAT | OpenFlags.O_TMPFILE)) != 0
                && (e.data().mode() & 0111) != 0));
            case "evt.is_open_create" -> Acc.bool(e -> of(isOpen(e) && e.data().ret() >= 0
                && (flags(e) & (OpenFlags.O_CREAT | OpenFlags.O_TMPFILE)) != 0));
            case "evt.abspath" -> Acc.text(SyscallEvent::absPath);
            case "evt.abspath.src" -> Acc.text(e -> isTwoPath(e) ? e.absPath() : null);
            case "evt.abspath.dst" -> Acc.text(e -> isTwoPath(e) ? e.absPath2() : null);
            case "evt.hostname" -> Acc.text(e -> hostname);
            case "evt.source" -> Acc.text(SyscallEvent::source);
            case "evt.args", "evt.info" -> Acc.text(ArgBinding::all);
            case "evt.arg" -> ArgBinding.text(arg);
            case "evt.rawarg" -> ArgBinding.raw(arg);
            default -> Accessor.NONE; // evt.cpu, evt.latency, evt.buffer, evt.buflen: not captured
        };
    }

    static boolean isOpen(SyscallEvent e) {
        return switch (e.type()) {
            case "open", "openat", "openat2", "creat" -> true;
            default -> false;
        };
    }

    private static int flags(SyscallEvent e) {
        int f = e.data().openFlags();
        if (f >= 0) {
            return f;
        }
        FdInfo fd = e.fd();
        return fd == null ? 0 : fd.openFlags();
    }

    private static boolean isSend(SyscallEvent e) {
        return e.type().equals("sendto") || e.type().equals("sendmsg");
    }

    private static boolean isTwoPath(SyscallEvent e) {
        return switch (e.type()) {
            case "link", "linkat", "rename", "renameat", "renameat2", "symlink", "symlinkat" -> true;
            default -> false;
        };
    }

    private static String category(SyscallEvent e) {
        return switch (e.type()) {
            case "open", "openat", "openat2", "creat", "mkdir", "mkdirat", "unlink", "unlinkat", "rename",
                 "renameat", "renameat2", "link", "linkat", "symlink", "symlinkat", "chmod", "fchmod", "fchmodat",
                 "fchmodat2", "mount", "umount2", "memfd_create" -> "file";
            case "socket", "connect", "accept", "accept4", "bind", "listen" -> "net";
            case "sendto", "sendmsg" -> "io_write";
            case "dup", "dup2", "dup3" -> "io_other";
            case "setuid", "setgid", "setreuid", "setregid", "setresuid", "setresgid", "setfsuid", "setfsgid" -> "user";
            default -> "process";
        };
    }

    private static String time(SyscallEvent e, DateTimeFormatter f, boolean nanos, boolean zone) {
        long ts = e.timestampNanos();
        Instant i = Instant.ofEpochSecond(Math.floorDiv(ts, 1_000_000_000L), Math.floorMod(ts, 1_000_000_000L));
        ZoneId z = zone ? ZoneId.of("UTC") : ZoneId.systemDefault();
        String s = f.format(i.atZone(z));
        if (nanos) {
            s = s + "." + String.format("%09d", i.getNano());
        }
        return zone ? s + "Z" : s;
    }
}
