package dev.peregrine.probe.fields;

import static dev.peregrine.probe.fields.Acc.of;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.probe.state.ProcessInfo;
import dev.peregrine.probe.state.ProcessTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * {@code proc.*} and {@code thread.*} fields, read from the process table. Ancestor fields follow Falco: index 0 is
 * the process itself, 1 its parent; without an index {@code proc.aname} yields every ancestor from the parent up
 * (a list, which the engine matches if any element matches) and {@code proc.apid} the parent's pid as a number.
 */
final class ProcBinding {
    private ProcBinding() {
    }

    static Accessor bind(String name, String arg) {
        return switch (name) {
            case "proc.pid" -> num(p -> p.tgid());
            case "proc.name" -> str(ProcessInfo::comm);
            case "proc.cmdline" -> str(ProcessInfo::cmdline);
            case "proc.exepath" -> str(ProcessInfo::exePath);
            case "proc.exe" -> str(ProcessInfo::exe);
            case "proc.args" -> str(ProcessInfo::argsText);
            case "proc.cmdnargs" -> num(p -> p.args().size());
            case "proc.cmdlenargs" -> num(ProcBinding::argsLength);
            case "proc.exeline" -> str(ProcessInfo::exeline);
            case "proc.cwd" -> str(ProcessInfo::cwd);
            case "proc.tty" -> num(p -> p.tty());
            case "proc.loginshellid" -> Acc.number(ProcBinding::loginShell);
            case "proc.ppid" -> num(p -> p.ppid());
            case "proc.pname" -> ancestor(1, ProcessInfo::comm);
            case "proc.pcmdline" -> ancestor(1, ProcessInfo::cmdline);
            case "proc.pexe" -> ancestor(1, ProcessInfo::exe);
            case "proc.pexepath" -> ancestor(1, ProcessInfo::exePath);
            case "proc.aname" -> ancestors(name, arg, ProcessInfo::comm);
            case "proc.aexe" -> ancestors(name, arg, ProcessInfo::exe);
            case "proc.aexepath" -> ancestors(name, arg, ProcessInfo::exePath);
            case "proc.acmdline" -> ancestors(name, arg, ProcessInfo::cmdline);
            case "proc.apid" -> ancestorNumber(arg == null ? 1 : index(name, arg), p -> p.tgid());
            case "proc.vpid" -> num(p -> p.container().isHost() ? p.tgid() : Accessor.ABSENT);
            case "proc.pvpid" -> num(p -> p.container().isHost() ? p.ppid() : Accessor.ABSENT);
            case "proc.sid" -> num(p -> p.sid());
            case "proc.sname" -> leader(ProcessInfo::sid, ProcessInfo::comm);
            case "proc.sid.exe" -> leader(ProcessInfo::sid, ProcessInfo::exe);
            case "proc.sid.exepath" -> leader(ProcessInfo::sid, ProcessInfo::exePath);
            case "proc.vpgid" -> num(p -> p.pgid());
            case "proc.vpgid.name" -> leader(ProcessInfo::pgid, ProcessInfo::comm);
            case "proc.vpgid.exe" -> leader(ProcessInfo::pgid, ProcessInfo::exe);
            case "proc.vpgid.exepath" -> leader(ProcessInfo::pgid, ProcessInfo::exePath);
            case "proc.duration" -> Acc.number(e -> since(e, e.process()));
            case "proc.ppid.duration" -> Acc.number(e -> since(e, parent(e)));
            case "proc.pid.ts" -> num(p -> p.startNanos() == 0 ? Accessor.ABSENT : p.startNanos());
            case "proc.ppid.ts" -> Acc.number(e -> {
                ProcessInfo p = parent(e);
                return p == null || p.startNanos() == 0 ? Accessor.ABSENT : p.startNanos();
            });
            // Overlayfs layers are a container notion: on the host the executable is never in an upper layer.
            case "proc.is_exe_upper_layer" -> bool(p -> p.container().isHost() ? 0 : Acc.UNKNOWN);
            case "proc.is_exe_from_memfd" -> bool(p -> of(p.exeFromMemfd()));
            case "proc.is_sid_leader" -> bool(p -> of(p.sid() == p.tgid()));
            case "proc.is_vpgid_leader" -> bool(p -> of(p.pgid() == p.tgid()));
            case "proc.nthreads" -> num(p -> p.liveThreads());
            case "thread.tid" -> Acc.number(e -> e.data().tid());
            case "thread.vtid" -> Acc.number(e -> {
                ProcessInfo p = e.process();
                return p != null && p.container().isHost() ? e.data().tid() : Accessor.ABSENT;
            });
            case "thread.ismain" -> Acc.bool(e -> of(e.data().tid() == e.data().pid()));
            case "thread.cap_effective" -> str(ProcessInfo::capEffectiveText);
            case "thread.cap_permitted" -> str(ProcessInfo::capPermittedText);
            case "thread.cap_inheritable" -> str(ProcessInfo::capInheritableText);
            // proc.env, proc.aenv, proc.is_exe_writable, proc.exe_ino*, proc.pidns_init_start_ts, proc.fdopencount,
            // proc.fdlimit, proc.nchilds, proc.vmsize, proc.vmrss, thread.exectime, thread.totexectime,
            // thread.cgroups, thread.cgroup: not captured.
            default -> Accessor.NONE;
        };
    }

    private static Accessor str(Function<ProcessInfo, Object> f) {
        return Acc.text(e -> {
            ProcessInfo p = e.process();
            return p == null ? null : f.apply(p);
        });
    }

    private static Accessor num(ToLongFunction<ProcessInfo> f) {
        return Acc.number(e -> {
            ProcessInfo p = e.process();
            return p == null ? Accessor.ABSENT : f.applyAsLong(p);
        });
    }

    private static Accessor bool(ToIntFunction<ProcessInfo> f) {
        return Acc.bool(e -> {
            ProcessInfo p = e.process();
            return p == null ? Acc.UNKNOWN : f.applyAsInt(p);
        });
    }

    /** {@code proc.aname} and kin: without an index every ancestor from the parent up, with one that ancestor. */
    private static Accessor ancestors(String name, String arg, Function<ProcessInfo, Object> f) {
        return arg == null ? allAncestors(f) : ancestor(index(name, arg), f);
    }

    private static Accessor ancestor(int n, Function<ProcessInfo, Object> f) {
        return Acc.text(e -> {
            ProcessInfo a = ancestorOf(e, n);
            return a == null ? null : f.apply(a);
        });
    }

    private static Accessor ancestorNumber(int n, ToLongFunction<ProcessInfo> f) {
        return Acc.number(e -> {
            ProcessInfo a = ancestorOf(e, n);
            return a == null ? Accessor.ABSENT : f.applyAsLong(a);
        });
    }

    private static ProcessInfo ancestorOf(SyscallEvent e, int n) {
        ProcessInfo p = e.process();
        return p == null ? null : e.state().processes().ancestor(p, n);
    }

    /** Every ancestor's value from the parent up (Falco's index-less form). Allocates: rare in rules. */
    private static Accessor allAncestors(Function<ProcessInfo, Object> f) {
        return Acc.text(e -> {
            ProcessInfo p = e.process();
            if (p == null) {
                return null;
            }
            ProcessTable t = e.state().processes();
            List<String> out = new ArrayList<>();
            for (ProcessInfo a = t.parent(p); a != null && out.size() < 64; a = t.parent(a)) {
                Object v = f.apply(a);
                if (v != null) {
                    out.add(v.toString());
                }
            }
            return out;
        });
    }

    /**
     * The leader of the process's session ({@code key} = sid) or process group ({@code key} = pgid): the process whose
     * pid is the key, else the eldest ancestor sharing the key (Falco).
     */
    private static Accessor leader(ToIntFunction<ProcessInfo> key, Function<ProcessInfo, Object> f) {
        return Acc.text(e -> {
            ProcessInfo p = e.process();
            if (p == null) {
                return null;
            }
            int id = key.applyAsInt(p);
            ProcessTable t = e.state().processes();
            ProcessInfo leader = p;
            for (ProcessInfo a = p; a != null && key.applyAsInt(a) == id; a = t.parent(a)) {
                leader = a;
                if (a.tgid() == id) {
                    break;
                }
            }
            return f.apply(leader);
        });
    }

    private static long loginShell(SyscallEvent e) {
        ProcessInfo p = e.process();
        if (p == null) {
            return Accessor.ABSENT;
        }
        long shell = Accessor.ABSENT;
        ProcessTable t = e.state().processes();
        int depth = 0;
        for (ProcessInfo a = p; a != null && depth++ < 64; a = t.parent(a)) {
            if (a.comm() != null && a.comm().endsWith("sh")) {
                shell = a.tgid();
            }
        }
        return shell;
    }

    private static long argsLength(ProcessInfo p) {
        long n = 0;
        for (int i = 0; i < p.args().size(); i++) {
            n += p.args().get(i).length();
        }
        return n;
    }

    private static ProcessInfo parent(SyscallEvent e) {
        ProcessInfo p = e.process();
        return p == null ? null : e.state().processes().parent(p);
    }

    private static long since(SyscallEvent e, ProcessInfo p) {
        return p == null || p.startNanos() == 0 ? Accessor.ABSENT : e.timestampNanos() - p.startNanos();
    }

    private static int index(String name, String arg) {
        try {
            int n = Integer.parseInt(arg.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(name + " takes a non-negative ancestor index, not '" + arg + "'");
        }
    }
}
