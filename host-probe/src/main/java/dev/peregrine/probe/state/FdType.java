package dev.peregrine.probe.state;

/** Kinds of file descriptor with Falco's {@code fd.type} names and {@code fd.typechar} letters. */
public enum FdType {
    FILE("file", 'f'),
    DIRECTORY("directory", 'd'),
    IPV4("ipv4", '4'),
    IPV6("ipv6", '6'),
    UNIX("unix", 'u'),
    PIPE("pipe", 'p'),
    EVENT("event", 'e'),
    SIGNALFD("signalfd", 's'),
    EVENTPOLL("eventpoll", 'l'),
    INOTIFY("inotify", 'i'),
    TIMERFD("timerfd", 't'),
    NETLINK("netlink", 'n'),
    BPF("bpf", 'b'),
    USERFAULTFD("userfaultfd", 'u'),
    IO_URING("io_uring", 'r'),
    MEMFD("memfd", 'm'),
    PIDFD("pidfd", 'P'),
    UNKNOWN("unknown", 'o');

    private final String falcoName;
    private final char typeChar;
    private final String typeCharText;

    FdType(String falcoName, char typeChar) {
        this.falcoName = falcoName;
        this.typeChar = typeChar;
        this.typeCharText = String.valueOf(typeChar);
    }

    /** {@code fd.type}. */
    public String falcoName() {
        return falcoName;
    }

    public char typeChar() {
        return typeChar;
    }

    /** {@code fd.typechar} as a (shared, never re-allocated) string. */
    public String typeCharText() {
        return typeCharText;
    }

    public boolean isIp() {
        return this == IPV4 || this == IPV6;
    }

    public boolean isSocket() {
        return isIp() || this == UNIX || this == NETLINK;
    }
}
