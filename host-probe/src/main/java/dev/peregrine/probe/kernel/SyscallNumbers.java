package dev.peregrine.probe.kernel;

import java.util.BitSet;

/**
 * x86_64 syscall numbers (arch/x86/entry/syscalls/syscall_64.tbl) of the syscalls the probe decodes, plus the slots
 * of the non-syscall lifecycle events. Slot numbers index the kernel's wanted map and drop counters
 * (see peregrine.h). Other syscall numbers (&lt; 512) may be wanted too: they arrive with raw arguments only.
 */
public final class SyscallNumbers {

    public static final int OPEN = 2;
    public static final int DUP = 32;
    public static final int DUP2 = 33;
    public static final int SOCKET = 41;
    public static final int CONNECT = 42;
    public static final int ACCEPT = 43;
    public static final int SENDTO = 44;
    public static final int SENDMSG = 46;
    public static final int BIND = 49;
    public static final int LISTEN = 50;
    public static final int CLONE = 56;
    public static final int FORK = 57;
    public static final int VFORK = 58;
    public static final int EXECVE = 59;
    public static final int RENAME = 82;
    public static final int MKDIR = 83;
    public static final int CREAT = 85;
    public static final int LINK = 86;
    public static final int UNLINK = 87;
    public static final int SYMLINK = 88;
    public static final int CHMOD = 90;
    public static final int FCHMOD = 91;
    public static final int PTRACE = 101;
    public static final int SETUID = 105;
    public static final int SETGID = 106;
    public static final int SETREUID = 113;
    public static final int SETREGID = 114;
    public static final int SETRESUID = 117;
    public static final int SETRESGID = 119;
    public static final int SETFSUID = 122;
    public static final int SETFSGID = 123;
    public static final int MOUNT = 165;
    public static final int UMOUNT2 = 166;
    public static final int INIT_MODULE = 175;
    public static final int OPENAT = 257;
    public static final int MKDIRAT = 258;
    public static final int UNLINKAT = 263;
    public static final int RENAMEAT = 264;
    public static final int LINKAT = 265;
    public static final int SYMLINKAT = 266;
    public static final int FCHMODAT = 268;
    public static final int UNSHARE = 272;
    public static final int ACCEPT4 = 288;
    public static final int DUP3 = 292;
    public static final int SETNS = 308;
    public static final int FINIT_MODULE = 313;
    public static final int RENAMEAT2 = 316;
    public static final int MEMFD_CREATE = 319;
    public static final int EXECVEAT = 322;
    public static final int CLONE3 = 435;
    public static final int OPENAT2 = 437;
    public static final int FCHMODAT2 = 452;

    /** Exclusive upper bound of syscall slots. */
    public static final int SYSCALL_MAX = 512;
    /** A task was created (sched_process_fork). */
    public static final int PROC_FORK = 512;
    /** A task exited (sched_process_exit). */
    public static final int PROC_EXIT = 513;
    /** Size of the wanted and drop maps. */
    public static final int SLOTS = 1024;

    private static final String[] NAMES = new String[SLOTS];

    static {
        String[] table = {
            "open", "2", "dup", "32", "dup2", "33", "socket", "41", "connect", "42", "accept", "43", "sendto", "44",
            "sendmsg", "46", "bind", "49", "listen", "50", "clone", "56", "fork", "57", "vfork", "58", "execve", "59",
            "rename", "82", "mkdir", "83", "creat", "85", "link", "86", "unlink", "87", "symlink", "88", "chmod", "90",
            "fchmod", "91", "ptrace", "101", "setuid", "105", "setgid", "106", "setreuid", "113", "setregid", "114",
            "setresuid", "117", "setresgid", "119", "setfsuid", "122", "setfsgid", "123", "mount", "165",
            "umount2", "166", "init_module", "175", "openat", "257", "mkdirat", "258", "unlinkat", "263",
            "renameat", "264", "linkat", "265", "symlinkat", "266", "fchmodat", "268", "unshare", "272",
            "accept4", "288", "dup3", "292", "setns", "308", "finit_module", "313", "renameat2", "316",
            "memfd_create", "319", "execveat", "322", "clone3", "435", "openat2", "437", "fchmodat2", "452",
            "procfork", "512", "procexit", "513",
        };
        for (int i = 0; i < table.length; i += 2) {
            NAMES[Integer.parseInt(table[i + 1])] = table[i];
        }
    }

    private SyscallNumbers() {
    }

    /** The name of a slot ("openat", "procexit"), or "syscall_N" for one we do not decode. */
    public static String name(int slot) {
        String n = slot >= 0 && slot < SLOTS ? NAMES[slot] : null;
        return n != null ? n : "syscall_" + slot;
    }

    /** The slot of a name known to {@link #name}, or -1. */
    public static int number(String name) {
        for (int i = 0; i < SLOTS; i++) {
            if (name.equals(NAMES[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Every syscall the probe decodes, plus fork and exit: the default wanted set. */
    public static BitSet all() {
        BitSet set = new BitSet(SLOTS);
        for (int i = 0; i < SLOTS; i++) {
            if (NAMES[i] != null) {
                set.set(i);
            }
        }
        return set;
    }
}
