package dev.peregrine.probe.fields;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.probe.state.ProcessInfo;
import dev.peregrine.probe.state.UserEntry;
import java.util.function.Function;

/**
 * {@code user.*}, {@code group.*} and {@code container.*} fields. The user is the effective uid, as Falco's
 * drivers report it; names come from the host's passwd and group files (for a container process that is the host's
 * view of the uid, as in Falco without container plugins). Container metadata beyond the id and runtime (name,
 * image, labels...) needs the runtime's API, which the probe does not query: those fields are absent, except
 * {@code container.name}, which is {@code host} on the host as in Falco.
 */
final class UserBinding {
    private UserBinding() {
    }

    static Accessor bind(String name) {
        return switch (name) {
            case "user.uid" -> Acc.number(e -> e.data().isSyscall() ? Integer.toUnsignedLong(e.data().euid())
                : proc(e) == null ? Accessor.ABSENT : Integer.toUnsignedLong(proc(e).euid()));
            case "user.name" -> user(UserEntry::name);
            case "user.homedir" -> user(UserEntry::home);
            case "user.shell" -> user(UserEntry::shell);
            case "user.loginuid" -> Acc.number(e -> proc(e) == null ? Accessor.ABSENT : proc(e).loginUid());
            case "user.loginname" -> Acc.text(e -> {
                ProcessInfo p = proc(e);
                UserEntry u = p == null || p.loginUid() < 0 ? null : e.state().users().user(p.loginUid());
                return u == null ? null : u.name();
            });
            case "group.gid" -> Acc.number(e -> proc(e) == null ? Accessor.ABSENT : Integer.toUnsignedLong(proc(e).egid()));
            case "group.name" -> Acc.text(e -> {
                ProcessInfo p = proc(e);
                UserEntry g = p == null ? null : e.state().users().group(p.egid());
                return g == null ? null : g.name();
            });
            case "container.id" -> Acc.text(e -> proc(e) == null ? null : proc(e).container().id());
            case "container.full_id" -> Acc.text(e -> proc(e) == null ? null : proc(e).container().fullId());
            case "container.type" -> Acc.text(e -> proc(e) == null ? null : proc(e).container().type());
            case "container.name" -> Acc.text(e -> proc(e) != null && proc(e).container().isHost() ? "host" : null);
            default -> Accessor.NONE;
        };
    }

    private static ProcessInfo proc(SyscallEvent e) {
        return e.process();
    }

    private static Accessor user(Function<UserEntry, String> f) {
        return Acc.text(e -> {
            ProcessInfo p = proc(e);
            UserEntry u = p == null ? null : e.state().users().user(p.euid());
            return u == null ? null : f.apply(u);
        });
    }
}
