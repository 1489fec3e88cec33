package dev.peregrine.probe.fields;

import static dev.peregrine.probe.fields.Acc.of;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.probe.state.FdInfo;
import dev.peregrine.probe.state.FdType;
import dev.peregrine.probe.state.ProcessInfo;
import dev.peregrine.probe.state.SocketTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * {@code fd.*} fields: the fd the event concerns (see {@link StateUpdater} for which one), from the process's fd
 * table. Network fields read the socket's tuple; client and server follow who connected and who accepted.
 */
final class FdBinding {
    private FdBinding() {
    }

    static Accessor bind(String name, String arg) {
        return switch (name) {
            case "fd.num" -> Acc.number(e -> e.hasFd() ? e.fdNum() : Accessor.ABSENT);
            case "fd.type" -> fd(f -> f.type().falcoName());
            case "fd.typechar" -> fd(f -> f.type().typeCharText());
            case "fd.name" -> fd(FdInfo::name);
            case "fd.nameraw" -> fd(FdInfo::nameRaw);
            case "fd.name_changed" -> Acc.bool(e -> e.hasFd() ? of(e.fdNameChanged()) : Acc.UNKNOWN);
            case "fd.directory" -> fd(FdInfo::directory);
            case "fd.filename" -> fd(FdInfo::filename);
            case "fd.cip", "fd.cnet" -> tuple(SocketTuple::clientIp);
            // fd.ip/fd.net/fd.port match either end in Falco; the engine compares one address, so we give the
            // server's: for the outbound connections rules look at, that is the remote peer.
            case "fd.sip", "fd.snet", "fd.ip", "fd.net" -> tuple(SocketTuple::serverIp);
            case "fd.lip", "fd.lnet" -> tuple(SocketTuple::localIp);
            case "fd.rip", "fd.rnet" -> tuple(SocketTuple::remoteIp);
            case "fd.cport" -> port(SocketTuple::clientPort);
            case "fd.sport", "fd.port" -> port(SocketTuple::serverPort);
            case "fd.lport" -> port(SocketTuple::localPort);
            case "fd.rport" -> port(SocketTuple::remotePort);
            case "fd.l4proto" -> fd(FdInfo::l4proto);
            case "fd.sockfamily" -> fd(f -> f.type().isIp() ? "ip" : f.type().falcoName().equals("unix") ? "unix" : null);
            case "fd.is_server" -> Acc.bool(e -> {
                SocketTuple t = tupleOf(e);
                return t == null ? Acc.UNKNOWN : of(t.localIsServer());
            });
            case "fd.connected" -> Acc.bool(e -> {
                FdInfo f = e.hasFd() ? e.fd() : null;
                return f == null || !f.type().isIp() ? Acc.UNKNOWN : of(f.tuple() != null && f.tuple().connected());
            });
            case "fd.types" -> arg == null ? Acc.text(FdBinding::allTypes) : typeOf(arg);
            case "fd.containername" -> Acc.text(e -> container(e, FdInfo::name));
            case "fd.containerdirectory" -> Acc.text(e -> container(e, FdInfo::directory));
            // fd.ino, fd.dev, fd.uid, fd.*ip.name: not captured (no inode numbers, no DNS).
            default -> Accessor.NONE;
        };
    }

    private static Accessor fd(Function<FdInfo, Object> f) {
        return Acc.text(e -> {
            FdInfo info = e.hasFd() ? e.fd() : null;
            return info == null ? null : f.apply(info);
        });
    }

    private static Accessor tuple(Function<SocketTuple, Object> f) {
        return Acc.text(e -> {
            SocketTuple t = tupleOf(e);
            return t == null ? null : f.apply(t);
        });
    }

    private static Accessor port(ToIntFunction<SocketTuple> f) {
        return Acc.number(e -> {
            SocketTuple t = tupleOf(e);
            if (t == null) {
                return Accessor.ABSENT;
            }
            int port = f.applyAsInt(t);
            return port == 0 && !t.connected() && f.applyAsInt(t) != t.localPort() ? Accessor.ABSENT : port;
        });
    }

    private static SocketTuple tupleOf(SyscallEvent e) {
        FdInfo f = e.hasFd() ? e.fd() : null;
        return f == null ? null : f.tuple();
    }

    /** {@code fd.types[N]}: the type of the process's fd N, as a one-item list (Falco). */
    private static Accessor typeOf(String arg) {
        int n;
        try {
            n = Integer.parseInt(arg.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fd.types takes an fd number, not '" + arg + "'");
        }
        List<List<String>> byType = new ArrayList<>();
        for (FdType t : FdType.values()) {
            byType.add(List.of(t.falcoName())); // built once here, so evaluation returns a shared list
        }
        return Acc.text(e -> {
            FdInfo f = e.process() == null ? null : e.state().fd(e.process(), n);
            return f == null ? null : byType.get(f.type().ordinal());
        });
    }

    /** {@code fd.types}: the distinct types of all the process's known fds. */
    private static Object allTypes(SyscallEvent e) {
        ProcessInfo p = e.process();
        if (p == null) {
            return null;
        }
        List<String> types = new ArrayList<>();
        p.fds().forEach((fd, info) -> {
            if (!types.contains(info.type().falcoName())) {
                types.add(info.type().falcoName());
            }
        });
        return types;
    }

    private static String container(SyscallEvent e, Function<FdInfo, String> f) {
        FdInfo info = e.hasFd() ? e.fd() : null;
        ProcessInfo p = e.process();
        String v = info == null ? null : f.apply(info);
        return v == null || p == null ? null : p.container().id() + ":" + v;
    }
}
