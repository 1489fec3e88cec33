package dev.peregrine.probe.fields;

import static dev.peregrine.probe.fields.ArgSpec.Kind.*;

import java.util.HashMap;
import java.util.Map;

/**
 * The arguments of each syscall exit event under Falco's names (libs {@code driver/event_table.c}, the newest
 * version of each event), restricted to what our record carries; arguments Falco has that we cannot fill
 * ({@code dev}, {@code ino}, {@code fdlimit}...) are present but absent-valued so that {@code evt.arg.dev} binds
 * and simply never matches.
 */
final class ArgTable {
    private static final Map<String, ArgSpec[]> TABLE = new HashMap<>();

    static {
        ArgSpec[] execve = {
            a("res", RES), a("exe", EXE), a("args", ARGS), a("tid", TID), a("pid", PID), a("ptid", PTID),
            a("cwd", CWD), a("fdlimit", MISSING), a("comm", COMM), a("env", MISSING), a("tty", TTY),
            a("loginuid", LOGINUID), a("flags", EXE_FLAGS), a("cap_effective", CAP_EFFECTIVE), a("uid", UID),
            a("trusted_exepath", EXEPATH), a("gid", GID)};
        put(execve, "execve", "execveat");
        put(new ArgSpec[] {a("fd", FD_RES), a("name", PATH), a("flags", OPEN_FLAGS), a("mode", MODE),
            a("dev", MISSING), a("ino", MISSING)}, "open");
        put(new ArgSpec[] {a("fd", FD_RES), a("dirfd", DIRFD, 0), a("name", PATH), a("flags", OPEN_FLAGS),
            a("mode", MODE), a("dev", MISSING), a("ino", MISSING)}, "openat");
        put(new ArgSpec[] {a("fd", FD_RES), a("dirfd", DIRFD, 0), a("name", PATH), a("flags", OPEN_FLAGS),
            a("mode", MODE), a("resolve", MISSING), a("dev", MISSING), a("ino", MISSING)}, "openat2");
        put(new ArgSpec[] {a("fd", FD_RES), a("name", PATH), a("mode", MODE), a("dev", MISSING),
            a("ino", MISSING)}, "creat");
        put(new ArgSpec[] {a("fd", FD_RES), f("domain", 0, FlagText.SOCKET_FAMILY), a("type", INT, 1),
            a("proto", INT, 2)}, "socket");
        put(new ArgSpec[] {a("res", RES), a("tuple", TUPLE), a("fd", FD, 0), a("addr", SOCKADDR)}, "connect");
        put(new ArgSpec[] {a("fd", FD_RES), a("tuple", TUPLE), a("queuepct", MISSING), a("queuelen", MISSING),
            a("queuemax", MISSING)}, "accept");
        put(new ArgSpec[] {a("fd", FD_RES), a("tuple", TUPLE), a("queuepct", MISSING), a("queuelen", MISSING),
            a("queuemax", MISSING), f("flags", 3, FlagText.ACCEPT4)}, "accept4");
        put(new ArgSpec[] {a("res", RES), a("addr", SOCKADDR), a("fd", FD, 0)}, "bind");
        put(new ArgSpec[] {a("res", RES), a("fd", FD, 0), a("backlog", INT, 1)}, "listen");
        put(new ArgSpec[] {a("res", RES), a("data", MISSING), a("fd", FD, 0), a("size", INT, 2),
            a("tuple", TUPLE)}, "sendto");
        put(new ArgSpec[] {a("res", RES), a("data", MISSING), a("fd", FD, 0), a("size", MISSING),
            a("tuple", TUPLE)}, "sendmsg");
        put(new ArgSpec[] {a("res", FD_RES), a("oldfd", FD, 0)}, "dup");
        put(new ArgSpec[] {a("res", FD_RES), a("oldfd", FD, 0), a("newfd", FD, 1)}, "dup2");
        put(new ArgSpec[] {a("res", FD_RES), a("oldfd", FD, 0), a("newfd", FD, 1), f("flags", 2, FlagText.DUP3)},
            "dup3");
        put(new ArgSpec[] {a("res", RES), a("target", PATH), a("linkpath", PATH2)}, "symlink");
        put(new ArgSpec[] {a("res", RES), a("target", PATH), a("linkdirfd", DIRFD, 1), a("linkpath", PATH2)},
            "symlinkat");
        put(new ArgSpec[] {a("res", RES), a("oldpath", PATH), a("newpath", PATH2)}, "link", "rename");
        put(new ArgSpec[] {a("res", RES), a("olddir", DIRFD, 0), a("oldpath", PATH), a("newdir", DIRFD, 2),
            a("newpath", PATH2), f("flags", 4, FlagText.LINKAT)}, "linkat");
        put(new ArgSpec[] {a("res", RES), a("path", PATH)}, "unlink");
        put(new ArgSpec[] {a("res", RES), a("dirfd", DIRFD, 0), a("name", PATH), f("flags", 2, FlagText.UNLINKAT)},
            "unlinkat");
        put(new ArgSpec[] {a("res", RES), a("olddirfd", DIRFD, 0), a("oldpath", PATH), a("newdirfd", DIRFD, 2),
            a("newpath", PATH2)}, "renameat");
        put(new ArgSpec[] {a("res", RES), a("olddirfd", DIRFD, 0), a("oldpath", PATH), a("newdirfd", DIRFD, 2),
            a("newpath", PATH2), f("flags", 4, FlagText.RENAME)}, "renameat2");
        put(new ArgSpec[] {a("res", RES), a("path", PATH), a("mode", MODE)}, "mkdir");
        put(new ArgSpec[] {a("res", RES), a("dirfd", DIRFD, 0), a("path", PATH), a("mode", MODE)}, "mkdirat");
        put(new ArgSpec[] {a("res", RES), a("filename", PATH), a("mode", MODE)}, "chmod");
        put(new ArgSpec[] {a("res", RES), a("fd", FD, 0), a("mode", MODE)}, "fchmod");
        put(new ArgSpec[] {a("res", RES), a("dirfd", DIRFD, 0), a("filename", PATH), a("mode", MODE)},
            "fchmodat", "fchmodat2");
        put(new ArgSpec[] {a("res", RES), a("uid", INT, 0)}, "setuid", "setfsuid");
        put(new ArgSpec[] {a("res", RES), a("gid", INT, 0)}, "setgid", "setfsgid");
        put(new ArgSpec[] {a("res", RES), a("ruid", INT, 0), a("euid", INT, 1)}, "setreuid");
        put(new ArgSpec[] {a("res", RES), a("rgid", INT, 0), a("egid", INT, 1)}, "setregid");
        put(new ArgSpec[] {a("res", RES), a("ruid", INT, 0), a("euid", INT, 1), a("suid", INT, 2)}, "setresuid");
        put(new ArgSpec[] {a("res", RES), a("rgid", INT, 0), a("egid", INT, 1), a("sgid", INT, 2)}, "setresgid");
        put(new ArgSpec[] {a("res", RES), a("addr", HEX, 2), a("data", HEX, 3), f("request", 0, FlagText.PTRACE),
            a("pid", INT, 1)}, "ptrace");
        put(new ArgSpec[] {a("fd", FD_RES), a("name", PATH), f("flags", 1, FlagText.MEMFD)}, "memfd_create");
        put(new ArgSpec[] {a("res", RES), a("img", MISSING), a("length", HEX, 1), a("uargs", MISSING)},
            "init_module");
        put(new ArgSpec[] {a("res", RES), a("fd", FD, 0), a("uargs", MISSING), f("flags", 2, FlagText.FINIT_MODULE)},
            "finit_module");
        put(new ArgSpec[] {a("res", RES), a("dev", PATH), a("dir", PATH2), a("type", MISSING),
            f("flags", 3, FlagText.MOUNT)}, "mount");
        put(new ArgSpec[] {a("res", RES), a("name", PATH), f("flags", 1, FlagText.UMOUNT)}, "umount2");
        put(new ArgSpec[] {a("res", RES), a("fd", FD, 0), f("nstype", 1, FlagText.CLONE)}, "setns");
        put(new ArgSpec[] {a("res", RES), f("flags", 0, FlagText.CLONE)}, "unshare");
        put(new ArgSpec[] {a("status", STATUS), a("ret", EXIT_CODE), a("sig", SIGNAL), a("core", CORE)},
            "procexit");
        put(new ArgSpec[] {a("child_tid", CHILD_TID), a("child_pid", CHILD_PID)}, "procfork");
        put(new ArgSpec[] {a("res", RES)}, "clone", "clone3", "fork", "vfork");
    }

    private ArgTable() {
    }

    /** The arguments of {@code syscall}'s exit event in Falco's order; empty when unknown. */
    static ArgSpec[] of(String syscall) {
        ArgSpec[] specs = TABLE.get(syscall);
        return specs == null ? new ArgSpec[0] : specs;
    }

    /** The event types that have an argument table. */
    static java.util.Set<String> types() {
        return TABLE.keySet();
    }

    /** Whether any event has an argument called {@code name}. */
    static boolean known(String name) {
        for (ArgSpec[] specs : TABLE.values()) {
            for (ArgSpec s : specs) {
                if (s.name.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ArgSpec a(String name, ArgSpec.Kind kind) {
        return new ArgSpec(name, kind, 0, null);
    }

    private static ArgSpec a(String name, ArgSpec.Kind kind, int index) {
        return new ArgSpec(name, kind, index, null);
    }

    private static ArgSpec f(String name, int index, FlagText flags) {
        return new ArgSpec(name, FLAGS, index, flags);
    }

    private static void put(ArgSpec[] specs, String... syscalls) {
        for (String s : syscalls) {
            TABLE.put(s, specs);
        }
    }
}
