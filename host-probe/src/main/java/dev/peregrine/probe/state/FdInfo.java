package dev.peregrine.probe.state;

/**
 * One open file descriptor as far as we know it. Immutable, so that fork (which copies the table) and dup (which
 * makes a second number point at the same open file) share one object, and every string a rule reads
 * ({@code fd.name}, {@code fd.directory}, {@code fd.filename}) is built once per fd, never per evaluation. A state
 * change (connect on an existing socket, bind, listen) replaces the object.
 */
public final class FdInfo {
    private final FdType type;
    private final String name;
    private final String nameRaw;
    private final SocketTuple tuple;
    private final String l4proto;
    private final int openFlags;
    private final boolean cloexec;
    private final String directory;
    private final String filename;

    /**
     * @param name      Falco's {@code fd.name}: absolute path, socket tuple text, or the kernel's anon name
     * @param nameRaw   {@code fd.nameraw}: the path as the process passed it; {@code null} means same as name
     * @param tuple     addresses of IP sockets, else {@code null}
     * @param l4proto   {@code tcp}, {@code udp}, {@code raw}, {@code icmp} for IP sockets, else {@code null}
     * @param openFlags Linux open flags of files (0 when unknown)
     * @param cloexec   whether exec closes it (O_CLOEXEC, SOCK_CLOEXEC, MFD_CLOEXEC, dup3's flag)
     */
    public FdInfo(FdType type, String name, String nameRaw, SocketTuple tuple, String l4proto, int openFlags,
                  boolean cloexec) {
        this.type = type;
        this.name = name;
        this.nameRaw = nameRaw == null ? name : nameRaw;
        this.tuple = tuple;
        this.l4proto = l4proto;
        this.openFlags = openFlags;
        this.cloexec = cloexec;
        boolean pathLike = (type == FdType.FILE || type == FdType.MEMFD) && name != null;
        int slash = pathLike ? name.lastIndexOf('/') : -1;
        this.directory = type == FdType.DIRECTORY ? name
            : slash < 0 ? null : slash == 0 ? "/" : name.substring(0, slash);
        this.filename = pathLike ? name.substring(slash + 1) : null;
    }

    public static FdInfo file(FdType type, String name, String nameRaw, int openFlags) {
        return new FdInfo(type, name, nameRaw, null, null, openFlags, (openFlags & OpenFlags.O_CLOEXEC) != 0);
    }

    public static FdInfo socket(FdType type, SocketTuple tuple, String l4proto, boolean cloexec) {
        return new FdInfo(type, tuple == null ? "" : tuple.falcoName(), null, tuple, l4proto, 0, cloexec);
    }

    public static FdInfo other(FdType type, String name, boolean cloexec) {
        return new FdInfo(type, name, null, null, null, 0, cloexec);
    }

    public FdInfo withCloexec(boolean value) {
        return value == cloexec ? this : new FdInfo(type, name, nameRaw, tuple, l4proto, openFlags, value);
    }

    public FdType type() {
        return type;
    }

    /** {@code fd.name}. */
    public String name() {
        return name;
    }

    /** {@code fd.nameraw}. */
    public String nameRaw() {
        return nameRaw;
    }

    public SocketTuple tuple() {
        return tuple;
    }

    public String l4proto() {
        return l4proto;
    }

    public int openFlags() {
        return openFlags;
    }

    public boolean cloexec() {
        return cloexec;
    }

    /** {@code fd.directory}: the directory of a file, the directory itself for a directory fd, else null. */
    public String directory() {
        return directory;
    }

    /** {@code fd.filename}: the last path component of a file, else null. */
    public String filename() {
        return filename;
    }

    @Override
    public String toString() {
        return type.falcoName() + ":" + name;
    }
}
