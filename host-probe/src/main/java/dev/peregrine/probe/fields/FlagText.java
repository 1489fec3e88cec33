package dev.peregrine.probe.fields;

/**
 * Renders flag and enum arguments by name, as Falco shows them in {@code evt.arg.*} ({@code O_RDWR|O_CREAT},
 * {@code PTRACE_ATTACH}, {@code AF_PACKET}), so rules written for Falco ({@code evt.arg.flags contains O_TRUNC})
 * keep working. Values are those of x86-64 Linux.
 */
enum FlagText {
    OPEN(true, new Object[] {
        0100, "O_CREAT", 0200, "O_EXCL", 0400, "O_NOCTTY", 01000, "O_TRUNC", 02000, "O_APPEND",
        04000, "O_NONBLOCK", 04010000, "O_SYNC", 010000, "O_DSYNC", 020000, "O_ASYNC", 040000, "O_DIRECT",
        0100000, "O_LARGEFILE", 020200000, "O_TMPFILE", 0200000, "O_DIRECTORY", 0400000, "O_NOFOLLOW",
        01000000, "O_NOATIME", 02000000, "O_CLOEXEC", 010000000, "O_PATH"}),
    PTRACE(false, new Object[] {
        0, "PTRACE_TRACEME", 1, "PTRACE_PEEKTEXT", 2, "PTRACE_PEEKDATA", 3, "PTRACE_PEEKUSR", 4, "PTRACE_POKETEXT",
        5, "PTRACE_POKEDATA", 6, "PTRACE_POKEUSR", 7, "PTRACE_CONT", 8, "PTRACE_KILL", 9, "PTRACE_SINGLESTEP",
        12, "PTRACE_GETREGS", 13, "PTRACE_SETREGS", 14, "PTRACE_GETFPREGS", 15, "PTRACE_SETFPREGS",
        16, "PTRACE_ATTACH", 17, "PTRACE_DETACH", 18, "PTRACE_GETFPXREGS", 19, "PTRACE_SETFPXREGS",
        24, "PTRACE_SYSCALL", 25, "PTRACE_GET_THREAD_AREA", 26, "PTRACE_SET_THREAD_AREA", 30, "PTRACE_ARCH_PRCTL",
        31, "PTRACE_SYSEMU", 32, "PTRACE_SYSEMU_SINGLESTEP", 33, "PTRACE_SINGLEBLOCK", 0x4200, "PTRACE_SETOPTIONS",
        0x4201, "PTRACE_GETEVENTMSG", 0x4202, "PTRACE_GETSIGINFO", 0x4203, "PTRACE_SETSIGINFO",
        0x4204, "PTRACE_GETREGSET", 0x4205, "PTRACE_SETREGSET", 0x4206, "PTRACE_SEIZE", 0x4207, "PTRACE_INTERRUPT",
        0x4208, "PTRACE_LISTEN", 0x4209, "PTRACE_PEEKSIGINFO", 0x420a, "PTRACE_GETSIGMASK",
        0x420b, "PTRACE_SETSIGMASK", 0x420c, "PTRACE_SECCOMP_GET_FILTER", 0x420d, "PTRACE_SECCOMP_GET_METADATA"}),
    SOCKET_FAMILY(false, new Object[] {
        0, "AF_UNSPEC", 1, "AF_UNIX", 2, "AF_INET", 3, "AF_AX25", 4, "AF_IPX", 5, "AF_APPLETALK", 6, "AF_NETROM",
        7, "AF_BRIDGE", 8, "AF_ATMPVC", 9, "AF_X25", 10, "AF_INET6", 11, "AF_ROSE", 12, "AF_DECnet",
        13, "AF_NETBEUI", 14, "AF_SECURITY", 15, "AF_KEY", 16, "AF_NETLINK", 17, "AF_PACKET", 18, "AF_ASH",
        19, "AF_ECONET", 20, "AF_ATMSVC", 21, "AF_RDS", 22, "AF_SNA", 23, "AF_IRDA", 24, "AF_PPPOX",
        25, "AF_WANPIPE", 26, "AF_LLC", 27, "AF_IB", 28, "AF_MPLS", 29, "AF_CAN", 30, "AF_TIPC",
        31, "AF_BLUETOOTH", 32, "AF_IUCV", 33, "AF_RXRPC", 34, "AF_ISDN", 35, "AF_PHONET", 36, "AF_IEEE802154",
        37, "AF_CAIF", 38, "AF_ALG", 39, "AF_NFC", 40, "AF_VSOCK", 41, "AF_KCM", 42, "AF_QIPCRTR", 43, "AF_SMC",
        44, "AF_XDP", 45, "AF_MCTP"}),
    CLONE(true, new Object[] {
        0x100, "CLONE_VM", 0x200, "CLONE_FS", 0x400, "CLONE_FILES", 0x800, "CLONE_SIGHAND", 0x1000, "CLONE_PIDFD",
        0x2000, "CLONE_PTRACE", 0x4000, "CLONE_VFORK", 0x8000, "CLONE_PARENT", 0x10000, "CLONE_THREAD",
        0x20000, "CLONE_NEWNS", 0x40000, "CLONE_SYSVSEM", 0x80000, "CLONE_SETTLS", 0x80, "CLONE_NEWTIME",
        0x02000000, "CLONE_NEWCGROUP", 0x04000000, "CLONE_NEWUTS", 0x08000000, "CLONE_NEWIPC",
        0x10000000, "CLONE_NEWUSER", 0x20000000, "CLONE_NEWPID", 0x40000000, "CLONE_NEWNET", 0x80000000, "CLONE_IO"}),
    MOUNT(true, new Object[] {
        1, "MS_RDONLY", 2, "MS_NOSUID", 4, "MS_NODEV", 8, "MS_NOEXEC", 16, "MS_SYNCHRONOUS", 32, "MS_REMOUNT",
        64, "MS_MANDLOCK", 128, "MS_DIRSYNC", 256, "MS_NOSYMFOLLOW", 1024, "MS_NOATIME", 2048, "MS_NODIRATIME",
        4096, "MS_BIND", 8192, "MS_MOVE", 16384, "MS_REC", 32768, "MS_SILENT", 1 << 16, "MS_POSIXACL",
        1 << 17, "MS_UNBINDABLE", 1 << 18, "MS_PRIVATE", 1 << 19, "MS_SLAVE", 1 << 20, "MS_SHARED",
        1 << 21, "MS_RELATIME", 1 << 22, "MS_KERNMOUNT", 1 << 23, "MS_I_VERSION", 1 << 24, "MS_STRICTATIME",
        1 << 25, "MS_LAZYTIME"}),
    UMOUNT(true, new Object[] {1, "MNT_FORCE", 2, "MNT_DETACH", 4, "MNT_EXPIRE", 8, "UMOUNT_NOFOLLOW"}),
    MEMFD(true, new Object[] {
        1, "MFD_CLOEXEC", 2, "MFD_ALLOW_SEALING", 4, "MFD_HUGETLB", 8, "MFD_NOEXEC_SEAL", 16, "MFD_EXEC"}),
    UNLINKAT(true, new Object[] {0x200, "AT_REMOVEDIR"}),
    LINKAT(true, new Object[] {0x400, "AT_SYMLINK_FOLLOW", 0x1000, "AT_EMPTY_PATH"}),
    RENAME(true, new Object[] {1, "RENAME_NOREPLACE", 2, "RENAME_EXCHANGE", 4, "RENAME_WHITEOUT"}),
    FINIT_MODULE(true, new Object[] {
        1, "MODULE_INIT_IGNORE_MODVERSIONS", 2, "MODULE_INIT_IGNORE_VERMAGIC", 4, "MODULE_INIT_COMPRESSED_FILE"}),
    DUP3(true, new Object[] {02000000, "O_CLOEXEC"}),
    ACCEPT4(true, new Object[] {04000, "SOCK_NONBLOCK", 02000000, "SOCK_CLOEXEC"}),
    /** Falco's execve exit {@code flags}: properties of the executed file. */
    EXE(true, new Object[] {1, "EXE_WRITABLE", 2, "EXE_UPPER_LAYER", 4, "EXE_FROM_MEMFD", 8, "EXE_LOWER_LAYER"});

    static final int EXE_FROM_MEMFD = 4;

    private final boolean bits;
    private final long[] values;
    private final String[] names;

    FlagText(boolean bits, Object[] table) {
        this.bits = bits;
        this.values = new long[table.length / 2];
        this.names = new String[table.length / 2];
        for (int i = 0; i < table.length; i += 2) {
            values[i / 2] = ((Integer) table[i]) & 0xffffffffL;
            names[i / 2] = (String) table[i + 1];
        }
    }

    /** Names joined by {@code |}; unknown leftover bits as hex; an enum value not in the table as its number. */
    String render(long value) {
        if (!bits) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == value) {
                    return names[i];
                }
            }
            return Long.toString(value);
        }
        StringBuilder sb = new StringBuilder();
        long left = value;
        if (this == OPEN) {
            int acc = (int) (value & 3);
            sb.append(acc == 0 ? "O_RDONLY" : acc == 1 ? "O_WRONLY" : acc == 2 ? "O_RDWR" : "O_ACCMODE");
            left &= ~3L;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0 && (left & values[i]) == values[i]) {
                sb.append(sb.isEmpty() ? "" : "|").append(names[i]);
                left &= ~values[i];
            }
        }
        if (left != 0) {
            sb.append(sb.isEmpty() ? "" : "|").append("0x").append(Long.toHexString(left));
        }
        return sb.isEmpty() ? "0" : sb.toString();
    }
}
